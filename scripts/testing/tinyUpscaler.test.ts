import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { validateUpscalerManifest } from '../../src/core/manifest';
import { loadModelFiles } from '../../src/core/modelFiles';
import { FaceUpscaler } from '../../src/core/upscaler';
import { buildTinyUpscaler } from './tinyUpscaler';

describe('tiny upscaler', () => {
  it('loads through the verified loader and upscales ×4 into [0,1] without clipping everything', async () => {
    await tf.setBackend('cpu');
    const files = buildTinyUpscaler();
    const { artifacts, manifest } = await loadModelFiles(async (path) => files.get(path)!.slice().buffer, {
      validate: validateUpscalerManifest,
    });
    expect(manifest.scale).toBe(4);
    const upscaler = await FaceUpscaler.create(artifacts, manifest);
    const input = tf.randomUniform([1, 8, 8, 3], 0, 1, 'float32', 1) as tf.Tensor4D;
    const before = tf.memory().numTensors;
    const out = upscaler.upscale(input);
    expect(out.shape).toEqual([1, 32, 32, 3]);
    const values = await out.data();
    out.dispose();
    const inside = values.filter((v) => v > 0 && v < 1).length;
    expect(inside / values.length).toBeGreaterThan(0.9);
    // Not a constant: backends that disagree would show it.
    expect(Math.max(...values) - Math.min(...values)).toBeGreaterThan(0.05);
    expect(tf.memory().numTensors).toBeLessThanOrEqual(before + 1);
    input.dispose();
    upscaler.dispose();
  });
});
