/**
 * The benchmark's page: loads the real model on one backend and times faces, driven step by
 * step from scripts/bench/bench.ts so it can report progress and stop at its time budget.
 */
import * as tf from '@tensorflow/tfjs';
import { FaceGenerator } from '../../src/core/generator';
import { latentFromSeed } from '../../src/core/latent';
import { validateUpscalerManifest } from '../../src/core/manifest';
import { loadModelFiles } from '../../src/core/modelFiles';
import { FaceUpscaler } from '../../src/core/upscaler';
import type { ColdStart } from '../../scripts/bench/benchStats';
import { fetchReader, setStatus, useBackend } from './shared';

let generator: FaceGenerator | undefined;
let upscaler: FaceUpscaler | undefined;

/** Backend start, model files fetched and checked, model built, one face drawn. */
async function coldStart(backend: string, modelUrl: string): Promise<ColdStart> {
  const t0 = performance.now();
  const detail = await useBackend(backend);
  const t1 = performance.now();
  const files = await loadModelFiles(fetchReader(new URL(modelUrl, location.href).href));
  const t2 = performance.now();
  generator = await FaceGenerator.create(files.artifacts, files.manifest);
  const t3 = performance.now();
  await generator.warmUp();
  const t4 = performance.now();
  return { detail, initMs: t1 - t0, fetchMs: t2 - t1, buildMs: t3 - t2, warmUpMs: t4 - t3, modelBytes: files.bytesRead };
}

/** One face for a seed, from latent to pixels readable on the CPU, in milliseconds. */
async function frame(seed: number): Promise<number> {
  if (!generator) throw new Error('coldStart first');
  const latent = latentFromSeed(seed, generator.latentSize);
  const started = performance.now();
  const face = generator.generateFrom([latent]);
  await face.data();
  const ms = performance.now() - started;
  face.dispose();
  return ms;
}

/** Loads the HD upscaler on the current backend (one warm-up pass); its bytes. */
async function loadUpscaler(url: string): Promise<number> {
  const files = await loadModelFiles(fetchReader(new URL(url, location.href).href), { validate: validateUpscalerManifest });
  upscaler = await FaceUpscaler.create(files.artifacts, files.manifest);
  await hdPass(0);
  return files.bytesRead;
}

/** One HD pass (128 → 512, the whole face at once) over a seed's face, in milliseconds. */
async function hdPass(seed: number): Promise<number> {
  if (!generator || !upscaler) throw new Error('coldStart and loadUpscaler first');
  const face = generator.generateFrom([latentFromSeed(seed, generator.latentSize)]);
  await face.data();
  const started = performance.now();
  const hd = upscaler.upscale(face);
  await hd.data();
  const ms = performance.now() - started;
  tf.dispose([face, hd]);
  return ms;
}

declare global {
  interface Window {
    bench?: {
      coldStart: typeof coldStart;
      frame: typeof frame;
      loadUpscaler: typeof loadUpscaler;
      hdPass: typeof hdPass;
      backend: () => string;
    };
  }
}

window.bench = { coldStart, frame, loadUpscaler, hdPass, backend: () => tf.getBackend() };
setStatus('ready');
