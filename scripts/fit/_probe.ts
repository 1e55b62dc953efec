import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { useWasmBackend } from '../lib/nodeModel';
import { loadNodeFaceMeasurer } from './nodeFaceMeasurer';
await useWasmBackend();
const m = await loadNodeFaceMeasurer();
const chunk = readFileSync('/work/main/.cache/fit/faces/chunk-00000.rgb');
const before = tf.memory().numTensors;
const t0 = performance.now();
for (let i = 0; i < 25; i++) {
  const r = await m.measureRgb(chunk.subarray(i * 49152, (i + 1) * 49152), 128, 128);
  console.log(i, r.found, r.age?.toFixed(1), r.pMale?.toFixed(2), r.expressions?.happy.toFixed(2), r.ita?.toFixed(1), r.yaw?.toFixed(1), r.detectionScore?.toFixed(2));
}
console.log('ms/face', (performance.now() - t0) / 25, 'tensors', before, tf.memory().numTensors, tf.getBackend());
