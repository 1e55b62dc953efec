/**
 * ProGAN-128 drawn step by step (core/graphCuts.ts, FaceGenerator.generateInSteps) is the face
 * drawn in one go, and a face given up between steps leaves no tensors behind.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { latentFromSeed } from '../../src/core/latent';
import { loadGeneratorFromDisk, MODELS_DIR, useWasmBackend } from '../lib/nodeModel';

const ready = existsSync(join(MODELS_DIR, 'float32', 'manifest.json'));

describe.skipIf(!ready)('ProGAN-128 step by step', () => {
  it('cuts after every convolution and draws the same face; given up, it frees what it made', { timeout: 300_000 }, async () => {
    await useWasmBackend();
    const generator = await loadGeneratorFromDisk('float32');
    try {
      expect(generator.cuts).toHaveLength(13);
      const latent = latentFromSeed(31337, generator.latentSize);
      const whole = generator.generateFrom([latent]);
      let steps = 0;
      const stepped = (await generator.generateInSteps([latent], async () => (steps++, true)))!;
      expect(steps).toBe(13);
      expect(stepped.shape).toEqual(whole.shape);
      const difference = tf.tidy(() => tf.max(tf.abs(tf.sub(whole, stepped))).dataSync()[0]!);
      expect(difference).toBeLessThan(1e-5);
      whole.dispose();
      stepped.dispose();
      const tensors = tf.memory().numTensors;
      expect(await generator.generateInSteps([latent], async () => false)).toBeNull();
      expect(tf.memory().numTensors).toBe(tensors);
    } finally {
      generator.dispose();
    }
  });
});
