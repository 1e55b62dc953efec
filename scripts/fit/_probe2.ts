import { readFileSync } from 'node:fs';
import { useWasmBackend } from '../lib/nodeModel';
import { loadNodeFaceMeasurer } from './nodeFaceMeasurer';
await useWasmBackend();
const faces: Uint8Array[] = [];
for (const c of [0, 1, 2, 3]) { const b = readFileSync(`.cache/fit/faces/chunk-0000${c}.rgb`); for (let i = 0; i < 25; i++) faces.push(b.subarray(i * 49152, (i + 1) * 49152)); }
for (const [padding, detectorInputSize, detectorScoreThreshold] of [[64, 256, 0.4], [64, 256, 0.2], [64, 224, 0.2], [64, 320, 0.2], [64, 416, 0.2], [48, 224, 0.2], [96, 320, 0.2]] as const) {
  const m = await loadNodeFaceMeasurer({ padding, detectorInputSize, detectorScoreThreshold });
  const t0 = performance.now(); let found = 0; const scores: number[] = []; const missed: number[] = [];
  for (const [k, f] of faces.entries()) { const r = await m.measureRgb(f, 128, 128); if (r.found) { found++; scores.push(r.detectionScore); } else missed.push(k); }
  scores.sort((a, b) => a - b);
  console.log({ padding, detectorInputSize, detectorScoreThreshold, found, msPerFace: ((performance.now() - t0) / faces.length).toFixed(0), minScore: scores[0]?.toFixed(2), p10: scores[Math.floor(scores.length / 10)]?.toFixed(2), missed: missed.join(',') });
}
