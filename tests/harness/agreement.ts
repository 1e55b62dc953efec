/**
 * Runs the same latents through the tiny model on one backend and hands back the pixels, so
 * tests/e2e/backends.spec.ts can compare every backend with CPU.
 */
import * as tf from '@tensorflow/tfjs';
import { FaceGenerator } from '../../src/core/generator';
import { latentFromSeed } from '../../src/core/latent';
import { validateUpscalerManifest } from '../../src/core/manifest';
import { loadModelFiles } from '../../src/core/modelFiles';
import { FaceUpscaler } from '../../src/core/upscaler';
import { fetchReader, setStatus, useBackend } from './shared';

export interface AgreementRun {
  backend: string;
  /** What actually ran: the backend with its adapter, renderer or WASM features. */
  detail: string;
  shape: number[];
  values: number[];
}

async function run(backend: string, modelUrl: string, seeds: number[]): Promise<AgreementRun> {
  const detail = await useBackend(backend);
  const files = await loadModelFiles(fetchReader(new URL(modelUrl, location.href).href));
  const generator = await FaceGenerator.create(files.artifacts, files.manifest);
  try {
    const faces = generator.generateFrom(seeds.map((seed) => latentFromSeed(seed, generator.latentSize)));
    const values = Array.from(await faces.data());
    faces.dispose();
    return { backend: tf.getBackend(), detail, shape: faces.shape, values };
  } finally {
    generator.dispose();
  }
}

/** The tiny upscaler (same layer classes as the shipped ESRGAN) on one backend, over seeded 8 px images. */
async function runUpscaler(backend: string, upscalerUrl: string, seeds: number[]): Promise<AgreementRun> {
  const detail = await useBackend(backend);
  const files = await loadModelFiles(fetchReader(new URL(upscalerUrl, location.href).href), { validate: validateUpscalerManifest });
  const upscaler = await FaceUpscaler.create(files.artifacts, files.manifest);
  try {
    const images = tf.tidy(() => tf.concat(seeds.map((seed) => tf.randomUniform([1, 8, 8, 3], 0, 1, 'float32', seed))) as tf.Tensor4D);
    const out = upscaler.upscale(images);
    images.dispose();
    const values = Array.from(await out.data());
    out.dispose();
    return { backend: tf.getBackend(), detail, shape: out.shape, values };
  } finally {
    upscaler.dispose();
  }
}

declare global {
  interface Window {
    agreement?: { run: typeof run; runUpscaler: typeof runUpscaler };
  }
}

window.agreement = { run, runUpscaler };
setStatus('ready');
