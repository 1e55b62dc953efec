/**
 * Step 2 of the fit: measures every generated face (face-api age, sex, expression; skin tone
 * and head yaw from landmarks) and writes one label file per face chunk. Resumable: labelled
 * chunks are skipped, files land by tmp+rename. Safe to run while generate-faces.ts still runs:
 * it labels the chunks that exist, and with --watch keeps going until all --n faces are done.
 *
 *   tsx scripts/fit/label-faces.ts [--n 4000] [--watch] [--max-chunks K] [--force] [--detector-threshold 0.1]
 *
 * The detector threshold is low on purpose: every label keeps its detection score, and
 * fit-directions.ts picks the minimum score it trusts (--min-score) without relabelling.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import type { FaceMeasurement } from '../../src/core/measure/faceMeasurer';
import { useWasmBackend } from '../lib/nodeModel';
import { FACE_SIZE, FACES_PER_CHUNK, FIT_SEED_BASE, chunkPath } from './config';
import { LABELS_FORMAT, finishedChunks, labelsPath, packageVersions, type ChunkLabels, type FaceLabel } from './labels';
import { loadNodeFaceMeasurer } from './nodeFaceMeasurer';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '4000' },
    watch: { type: 'boolean', default: false },
    'max-chunks': { type: 'string' },
    force: { type: 'boolean', default: false },
    'detector-threshold': { type: 'string', default: '0.1' },
  },
});
const totalChunks = Math.ceil(Number(values.n) / FACES_PER_CHUNK);
const maxChunks = values['max-chunks'] === undefined ? Infinity : Number(values['max-chunks']);
const FACE_BYTES = FACE_SIZE * FACE_SIZE * 3;

const round = (v: number, digits: number) => Number(v.toFixed(digits));

function toLabel(index: number, m: FaceMeasurement): FaceLabel {
  const seed = FIT_SEED_BASE + index;
  // A missed face is all nulls already.
  if (!m.found) return { index, seed, ...m };
  const expressions = Object.fromEntries(Object.entries(m.expressions).map(([k, v]) => [k, round(v, 4)])) as FaceLabel['expressions'];
  return {
    index,
    seed,
    found: true,
    age: round(m.age, 2),
    pMale: round(m.pMale, 4),
    expressions,
    skin:
      m.skin === null
        ? null
        : {
            lightness: round(m.skin.lightness, 2),
            hue: round(m.skin.hue, 2),
            chroma: round(m.skin.chroma, 2),
            ita: round(m.skin.ita, 2),
            monk: m.skin.monk,
          },
    ita: m.ita === null ? null : round(m.ita, 2),
    yaw: round(m.yaw, 2),
    detectionScore: round(m.detectionScore, 4),
    placedBy: m.placedBy,
    landmarks: m.landmarks.map((p) => [round(p.x, 1), round(p.y, 1)]),
  };
}

function pendingChunks(): number[] {
  return finishedChunks(dirname(chunkPath(0)), 'rgb').filter((c) => c < totalChunks && (values.force || !existsSync(labelsPath(c))));
}

await useWasmBackend();
// Labels keep no identity descriptor (describe-faces.ts makes those): skip its ResNet pass.
const measurer = await loadNodeFaceMeasurer({ detectorScoreThreshold: Number(values['detector-threshold']), descriptor: false });
const packages = packageVersions(['@vladmandic/face-api', '@tensorflow/tfjs', '@tensorflow/tfjs-backend-wasm']);
mkdirSync(dirname(labelsPath(0)), { recursive: true });

const started = performance.now();
const done = new Set<number>();
let faces = 0;
let found = 0;
// Time spent measuring only, so --watch's waits for new chunks do not inflate the ETA.
let measuringMs = 0;
for (;;) {
  const pending = pendingChunks().filter((c) => !done.has(c));
  if (pending.length === 0 || done.size >= maxChunks) {
    const labelled = finishedChunks(dirname(labelsPath(0)), 'json').filter((c) => c < totalChunks).length;
    if (!values.watch || labelled >= totalChunks || done.size >= maxChunks) break;
    await sleep(15_000);
    continue;
  }
  const chunk = pending[0]!;
  const bytes = new Uint8Array(readFileSync(chunkPath(chunk)));
  if (bytes.length % FACE_BYTES !== 0) throw new Error(`${chunkPath(chunk)} is ${bytes.length} bytes, not a whole number of faces`);
  const chunkStarted = performance.now();
  const labels: FaceLabel[] = [];
  for (let i = 0; i < bytes.length / FACE_BYTES; i++) {
    const measurement = await measurer.measureRgb(bytes.subarray(i * FACE_BYTES, (i + 1) * FACE_BYTES), FACE_SIZE, FACE_SIZE);
    labels.push(toLabel(chunk * FACES_PER_CHUNK + i, measurement));
  }
  measuringMs += performance.now() - chunkStarted;
  const msPerFace = (performance.now() - chunkStarted) / labels.length;
  const file: ChunkLabels = {
    format: LABELS_FORMAT,
    chunk,
    fitSeedBase: FIT_SEED_BASE,
    measurer: measurer.config,
    packages,
    msPerFace: round(msPerFace, 1),
    faces: labels,
  };
  const path = labelsPath(chunk);
  writeFileSync(path + '.tmp', JSON.stringify(file));
  renameSync(path + '.tmp', path);
  done.add(chunk);
  faces += labels.length;
  found += labels.filter((l) => l.found).length;
  const perFace = measuringMs / faces;
  const labelledChunks = finishedChunks(dirname(labelsPath(0)), 'json').filter((c) => c < totalChunks).length;
  const remainingFaces = (values.watch ? totalChunks - labelledChunks : pending.length - 1) * FACES_PER_CHUNK;
  console.log(
    `chunk ${chunk}: ${labels.filter((l) => l.found).length}/${labels.length} found, ${msPerFace.toFixed(0)} ms/face; ` +
      `this run ${faces} faces, ${((100 * found) / faces).toFixed(1)}% found, ETA ${((remainingFaces * perFace) / 60000).toFixed(1)} min` +
      (values.watch ? ` for all ${totalChunks} chunks (if generation keeps up)` : ' for the chunks present now'),
  );
}
measurer.dispose();
console.log(
  `labelled ${done.size} chunks (${faces} faces, ${faces ? ((100 * found) / faces).toFixed(1) : 0}% found) in ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
