/** Shared settings of the offline fitting pipeline (faces → labels → directions). */
import { resolve } from 'node:path';

/** Fitting latents use seeds from here up; app seeds below it stay unseen by the fit. */
export const FIT_SEED_BASE = 3_000_000_000;
export const FACES_PER_CHUNK = 25;
export const FACE_SIZE = 128;
export const CACHE_DIR = resolve(import.meta.dirname, '../../.cache/fit');
export const chunkPath = (index: number) => resolve(CACHE_DIR, 'faces', `chunk-${String(index).padStart(5, '0')}.rgb`);
