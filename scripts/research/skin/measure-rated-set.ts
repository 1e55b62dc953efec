/**
 * Measures every face of the rated set once with face-api and keeps what the skin validation
 * needs: the tiny detector's best score at several input sizes (recall at any threshold can be
 * read off them), SSD MobileNet's best score, the detected box, the 68 landmarks, and the old
 * ITA° reading. Writes .cache/skin/measured.json.
 *
 *   tsx scripts/research/skin/measure-rated-set.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as faceapi from '@vladmandic/face-api/dist/face-api.node-wasm.js';
import * as tf from '@tensorflow/tfjs';
import type * as FaceApi from '@vladmandic/face-api';
import { paddedFace } from '../../../src/core/measure/faceMeasurer';
import { measureIta } from './oldItaReading';
import { useWasmBackend } from '../../lib/nodeModel';
import { FACE_API_MODEL_DIR, loadNodeFaceMeasurer } from '../../fit/nodeFaceMeasurer';
import { SKIN_CACHE_DIR, ratedFacePath, ratedSetPlan } from './ratedSet';

export const TINY_INPUT_SIZES = [160, 224, 256, 320, 416] as const;
const PADDING = 64;

await useWasmBackend();
const measurer = await loadNodeFaceMeasurer({ detectorScoreThreshold: 0.01, descriptor: false, alignedBox: null });
await faceapi.nets.ssdMobilenetv1.loadFromDisk(FACE_API_MODEL_DIR);
const out = [];
for (const face of ratedSetPlan()) {
  const rgb = new Uint8Array(readFileSync(ratedFacePath(face.index)));
  const padded = paddedFace(rgb, 128, 128, { padding: PADDING, padValue: 128 });
  const input = padded as unknown as FaceApi.TNetInput;
  const tinyScores: Record<number, number> = {};
  for (const inputSize of TINY_INPUT_SIZES) {
    const found = await faceapi.detectSingleFace(input, new faceapi.TinyFaceDetectorOptions({ inputSize, scoreThreshold: 0.01 }));
    tinyScores[inputSize] = found ? Number(found.score.toFixed(4)) : 0;
  }
  const ssd = await faceapi.detectSingleFace(input, new faceapi.SsdMobilenetv1Options({ minConfidence: 0.01 }));
  padded.dispose();
  const started = performance.now();
  const m = await measurer.measureRgb(rgb, 128, 128);
  const ms = performance.now() - started;
  out.push({
    ...face,
    tinyScores,
    ssdScore: ssd ? Number(ssd.score.toFixed(4)) : 0,
    box: m.found ? m.box : null,
    landmarks: m.found ? m.landmarks.map((p) => [Number(p.x.toFixed(2)), Number(p.y.toFixed(2))]) : null,
    oldIta: m.found ? measureIta(rgb, 128, 128, m.landmarks) : null,
    msToMeasure: Number(ms.toFixed(1)),
  });
  if (face.index % 20 === 0) console.log(`measured ${face.index + 1}/${ratedSetPlan().length}`);
}
writeFileSync(join(SKIN_CACHE_DIR, 'measured.json'), JSON.stringify(out));
console.log(`wrote ${resolve(SKIN_CACHE_DIR, 'measured.json')}`);
void tf;
