import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import * as faceapi from '@vladmandic/face-api/dist/face-api.node-wasm.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { FaceMeasurer, MISSED_FACE } from '../../src/core/measure/faceMeasurer';
import { latentFromSeed } from '../../src/core/latent';
import { MODELS_DIR, loadGeneratorFromDisk, useWasmBackend } from '../lib/nodeModel';
import { loadNodeFaceMeasurer } from './nodeFaceMeasurer';

// Needs the real generator (npm run prepare-model) to have a face worth measuring.
const haveModel = existsSync(join(MODELS_DIR, 'float32', 'manifest.json'));

describe.skipIf(!haveModel)('face measurer in Node (WASM)', () => {
  let measurer: FaceMeasurer;
  let face: tf.Tensor3D;

  beforeAll(async () => {
    await useWasmBackend();
    measurer = await loadNodeFaceMeasurer({ detectorScoreThreshold: 0.2 });
    const generator = await loadGeneratorFromDisk('float32');
    // Seed 3000000001 (fitting face 1) is a clearly detected, frontal, smiling face.
    face = tf.tidy(() => generator.generateFrom([latentFromSeed(3_000_000_001)]).squeeze([0]) as tf.Tensor3D);
    generator.dispose();
  }, 300_000);

  it('measures a generated face and leaks no tensors', async () => {
    const before = tf.memory().numTensors;
    const m = await measurer.measureTensor(face);
    expect(tf.memory().numTensors).toBe(before);
    expect(m.found).toBe(true);
    if (!m.found) return;
    expect(m.age).toBeGreaterThan(10);
    expect(m.age).toBeLessThan(80);
    expect(m.pMale).toBeGreaterThanOrEqual(0);
    expect(m.pMale).toBeLessThanOrEqual(1);
    expect(Object.values(m.expressions).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 2);
    expect(m.placedBy).toBe('detector');
    expect(m.skin).not.toBeNull();
    expect(m.skin!.monk).toBeGreaterThanOrEqual(1);
    expect(m.skin!.monk).toBeLessThanOrEqual(10);
    expect(m.ita).toBe(m.skin!.ita);
    expect(Math.abs(m.yaw)).toBeLessThan(30);
    expect(m.landmarks).toHaveLength(68);
    // faceRecognitionNet's descriptor: 128 numbers, unit length (dlib's embedding is normalised).
    expect(m.descriptor).toHaveLength(128);
    expect(Math.hypot(...m.descriptor!)).toBeGreaterThan(0.5);
    // Landmarks come back in the unpadded 128 px frame.
    for (const p of m.landmarks) {
      expect(p.x).toBeGreaterThan(-20);
      expect(p.x).toBeLessThan(148);
    }
  });

  it('gives the same answer from raw bytes as from the tensor', async () => {
    const bytes = Uint8Array.from(tf.tidy(() => face.mul(255).round().cast('int32')).dataSync());
    const fromBytes = await measurer.measureRgb(bytes, 128, 128);
    const fromTensor = await measurer.measureTensor(face);
    expect(fromBytes).toEqual(fromTensor);
  });

  it('leaves the descriptor out when a call asks, every other reading the same', async () => {
    const full = await measurer.measureTensor(face);
    const bytes = Uint8Array.from(tf.tidy(() => face.mul(255).round().cast('int32')).dataSync());
    const without = await measurer.measureRgb(bytes, 128, 128, { descriptor: false });
    expect(without).toEqual({ ...full, descriptor: null });
  });

  it('reports no face in a blank gray image, with every field null', async () => {
    const m = await measurer.measureRgb(new Uint8Array(128 * 128 * 3).fill(128), 128, 128);
    expect(m).toEqual(MISSED_FACE);
  });

  it('measures a face the detector misses in the aligned crop, with landmarks where the face is', async () => {
    // No detection scores that high: the detector misses the face, as it misses a few drawn ones.
    // face-api's nets are shared: this measurer uses the ones loaded above.
    const blind = new FaceMeasurer(faceapi, { ...measurer.config, detectorScoreThreshold: 0.9999 });
    const seen = await measurer.measureTensor(face);
    const m = await blind.measureTensor(face);
    expect(m.found).toBe(true);
    if (!m.found || !seen.found) return;
    expect(m.placedBy).toBe('aligned');
    expect(m.detectionScore).toBe(0);
    expect(m.skin).not.toBeNull();
    // The same face placed two ways: landmarks within a few pixels, the same skin group.
    const offsets = m.landmarks.map((p, i) => Math.hypot(p.x - seen.landmarks[i]!.x, p.y - seen.landmarks[i]!.y));
    expect(offsets.reduce((a, b) => a + b, 0) / offsets.length).toBeLessThan(6);
    expect(m.skin!.group).toBe(seen.skin!.group);
  });

  it('rejects a byte buffer of the wrong size', async () => {
    await expect(measurer.measureRgb(new Uint8Array(10), 128, 128)).rejects.toThrow(/RGB bytes/);
  });
});
