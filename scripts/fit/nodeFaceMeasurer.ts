/** The face measurer in Node: face-api's node-wasm build (it requires our @tensorflow/tfjs) and weights from disk. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as faceapi from '@vladmandic/face-api/dist/face-api.node-wasm.js';
import type { FaceMeasurer, FaceMeasurerConfig } from '../../src/core/measure/faceMeasurer';
import { loadFaceMeasurer } from '../../src/core/measure/loadFaceMeasurer';

const require = createRequire(import.meta.url);
export const FACE_API_MODEL_DIR = join(dirname(require.resolve('@vladmandic/face-api/package.json')), 'model');

/** Call after useWasmBackend(): face-api runs on whichever backend tfjs has. */
export function loadNodeFaceMeasurer(config: Partial<FaceMeasurerConfig> = {}): Promise<FaceMeasurer> {
  return loadFaceMeasurer(
    faceapi,
    async (fileName) => {
      const data = await readFile(join(FACE_API_MODEL_DIR, fileName));
      return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
    },
    config,
  );
}
