/**
 * The benchmark's page: loads the real model on one backend and times faces, driven step by
 * step from scripts/bench.ts so it can report progress and stop at its time budget.
 */
import * as tf from '@tensorflow/tfjs';
import { FaceGenerator } from '../../src/core/generator';
import { latentFromSeed } from '../../src/core/latent';
import { loadModelFiles } from '../../src/core/modelFiles';
import type { ColdStart } from '../../scripts/lib/benchStats';
import { fetchReader, setStatus, useBackend } from './shared';

let generator: FaceGenerator | undefined;

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

declare global {
  interface Window {
    bench?: { coldStart: typeof coldStart; frame: typeof frame; backend: () => string };
  }
}

window.bench = { coldStart, frame, backend: () => tf.getBackend() };
setStatus('ready');
