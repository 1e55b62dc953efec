/**
 * The second, independent judge: @vladmandic/human 3.3.6 (its own face detector, mesh, `faceres`
 * age/gender/1024-d embedding and `emotion` nets, trained apart from face-api's) in Node. Its
 * node-wasm build requires the same @tensorflow/tfjs-core as ours, so it runs in-process on the
 * WASM backend useWasmBackend() started. Call after useWasmBackend().
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as tf from '@tensorflow/tfjs';

// The package's "exports" map has keys without "./", so Node's resolver refuses every subpath.
const HUMAN_DIR = resolve(import.meta.dirname, '../../node_modules/@vladmandic/human');

export interface HumanReading {
  found: boolean;
  age: number | null;
  pMale: number | null;
  pHappy: number | null;
  /** faceres' 1024-d embedding; compare with `humanSimilarity`. */
  embedding: number[] | null;
}

export interface NodeHuman {
  readRgb(rgb: Uint8Array, width: number, height: number): Promise<HumanReading>;
}

interface HumanFace {
  age?: number;
  gender?: string;
  genderScore?: number;
  emotion?: { score: number; emotion: string }[];
  embedding?: number[];
}
interface HumanInstance {
  load(): Promise<void>;
  detect(input: tf.Tensor): Promise<{ face: HumanFace[] }>;
  match: { similarity(a: readonly number[], b: readonly number[]): number };
}

/** human loads models with fetch(); Node's fetch has no file: URLs, so those are read from disk. */
function allowFileFetch(): void {
  const realFetch = globalThis.fetch;
  globalThis.fetch = ((input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.startsWith('file:')) return Promise.resolve(new Response(readFileSync(new URL(url))));
    return realFetch(input, init);
  }) as typeof fetch;
}

interface HumanModule {
  Human: new (config: object) => HumanInstance;
  match: HumanInstance['match'];
}
const requireHuman = () => createRequire(import.meta.url)(resolve(HUMAN_DIR, 'dist/human.node-wasm.js')) as HumanModule;

/** human's face similarity (0..1, about 0.5 and above the same person), without loading any model. */
export const humanSimilarity = (a: readonly number[], b: readonly number[]) => requireHuman().match.similarity(a, b);

export async function loadNodeHuman(): Promise<NodeHuman> {
  allowFileFetch();
  const module = requireHuman();
  const human = new module.Human({
    backend: 'wasm',
    wasmPath: resolve(HUMAN_DIR, '../../@tensorflow/tfjs-backend-wasm/dist') + '/',
    modelBasePath: pathToFileURL(resolve(HUMAN_DIR, 'models')).href + '/',
    // Without this, human reuses the last result for a similar-looking frame: an edit would read as unchanged.
    cacheSensitivity: 0,
    warmup: 'none',
    debug: false,
    face: {
      enabled: true,
      detector: { rotation: false, maxDetected: 1, return: false },
      mesh: { enabled: true },
      iris: { enabled: false },
      description: { enabled: true },
      // Every emotion's score, not only those above human's default 0.1 cut.
      emotion: { enabled: true, minConfidence: 0 },
      antispoof: { enabled: false },
      liveness: { enabled: false },
    },
    body: { enabled: false },
    hand: { enabled: false },
    object: { enabled: false },
    gesture: { enabled: false },
    segmentation: { enabled: false },
    filter: { enabled: false },
  });
  await human.load();
  return {
    async readRgb(rgb, width, height) {
      // The same mid-gray border face-api gets: generated faces fill the frame.
      const input = tf.tidy(() =>
        tf
          .tensor3d(rgb, [height, width, 3], 'int32')
          .toFloat()
          .pad(
            [
              [64, 64],
              [64, 64],
              [0, 0],
            ],
            128,
          )
          .expandDims(0),
      );
      try {
        const face = (await human.detect(input)).face[0];
        if (!face) return { found: false, age: null, pMale: null, pHappy: null, embedding: null };
        const score = face.genderScore ?? null;
        return {
          found: true,
          age: face.age ?? null,
          pMale: score === null ? null : face.gender === 'male' ? score : 1 - score,
          pHappy: face.emotion?.find((e) => e.emotion === 'happy')?.score ?? 0,
          embedding: face.embedding ? Array.from(face.embedding) : null,
        };
      } finally {
        input.dispose();
      }
    },
  };
}
