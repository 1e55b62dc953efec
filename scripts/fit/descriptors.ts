/** The per-chunk face descriptor files that describe-faces.ts writes and fit-identity.ts reads. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CACHE_DIR } from './config';

export const DESCRIPTORS_FORMAT = 'face-explorer-descriptors/1';
export const DESCRIPTORS_DIR = resolve(CACHE_DIR, 'descriptors');
export const descriptorsPath = (chunk: number) => resolve(DESCRIPTORS_DIR, `chunk-${String(chunk).padStart(5, '0')}.json`);

export interface FaceDescriptor {
  index: number;
  seed: number;
  detectionScore: number | null;
  /** face-api's 128-d descriptor; null when no face was found. */
  descriptor: number[] | null;
}

export interface ChunkDescriptors {
  format: typeof DESCRIPTORS_FORMAT;
  chunk: number;
  fitSeedBase: number;
  faces: FaceDescriptor[];
}

export function readChunkDescriptors(chunk: number): ChunkDescriptors {
  const file = JSON.parse(readFileSync(descriptorsPath(chunk), 'utf8')) as ChunkDescriptors;
  if (file.format !== DESCRIPTORS_FORMAT) throw new Error(`${descriptorsPath(chunk)}: unknown format ${String(file.format)}`);
  return file;
}
