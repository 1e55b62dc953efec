/** Loading the served model in Node, for the fitting pipeline, benchmarks and tests. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { FaceGenerator } from '../../src/core/generator';
import type { WeightStorage } from '../../src/core/manifest';
import { loadModelFiles } from '../../src/core/modelFiles';

export const MODELS_DIR = resolve(import.meta.dirname, '../../models/progan-128');

/** WASM is the fastest tfjs backend available to Node here (tfjs-node needs a download). */
export async function useWasmBackend(threads = 1): Promise<void> {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
  setWasmPaths(dist + '/');
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', threads > 1);
  if (!(await tf.setBackend('wasm'))) throw new Error('the tfjs WASM backend did not start');
  await tf.ready();
}

export async function loadGeneratorFromDisk(storage: WeightStorage = 'float16'): Promise<FaceGenerator> {
  const dir = join(MODELS_DIR, storage);
  const files = await loadModelFiles(async (path) => {
    const data = await readFile(join(dir, path));
    return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
  });
  return FaceGenerator.create(files.artifacts, files.manifest);
}
