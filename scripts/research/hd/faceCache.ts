/**
 * The generated faces the HD measurement works on, drawn once and kept as raw 128 px RGB files
 * under .cache/hd/faces/ (one per seed, so an interrupted run resumes where it stopped).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readRgbBytes } from '../../../src/core/faceBytes';
import { latentFromSeed } from '../../../src/core/latent';
import { loadGeneratorFromDisk } from '../../lib/nodeModel';

export const HD_CACHE_DIR = resolve(import.meta.dirname, '../../../.cache/hd');
export const FACE_SIZE = 128;
const facePath = (seed: number) => resolve(HD_CACHE_DIR, 'faces', `seed-${seed}.rgb`);

/** RGB bytes of each seed's face, drawing (WASM, float32 weights) only the ones not cached yet. */
export async function cachedFaces(seeds: readonly number[], log = console.error): Promise<Uint8Array[]> {
  const missing = seeds.filter((seed) => !existsSync(facePath(seed)));
  if (missing.length > 0) {
    mkdirSync(resolve(HD_CACHE_DIR, 'faces'), { recursive: true });
    const generator = await loadGeneratorFromDisk('float32');
    for (const seed of missing) {
      const face = generator.generateFrom([latentFromSeed(seed, generator.latentSize)]);
      const [rgb] = await readRgbBytes(face);
      face.dispose();
      writeFileSync(facePath(seed) + '.tmp', rgb!);
      renameSync(facePath(seed) + '.tmp', facePath(seed));
      log(`measure-hd: face for seed ${seed} drawn`);
    }
    generator.dispose();
  }
  return seeds.map((seed) => new Uint8Array(readFileSync(facePath(seed))));
}
