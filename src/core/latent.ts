import { randomLcg, randomNormal } from 'd3-random';
import type { Message } from '../i18n/catalogue';

/** ProGAN-128's latent size; the model manifest records it and the app checks it agrees. */
export const LATENT_SIZE = 512;
export const MAX_SEED = 0xffffffff;

/**
 * The latent vector for a seed: standard normal samples from d3-random's seeded LCG.
 * d3's LCG takes a seed in [0, 1), so the 32-bit seed is scaled into that range; distinct
 * seeds stay distinct because 2^32 values fit exactly in a double.
 */
export function latentFromSeed(seed: number, size = LATENT_SIZE): Float32Array {
  const normal = randomNormal.source(randomLcg(seed / 2 ** 32))(0, 1);
  const latent = new Float32Array(size);
  for (let i = 0; i < size; i++) latent[i] = normal();
  return latent;
}

/** A failure's reason is a message, shown in the reader's language (src/i18n). */
export type SeedParse = { ok: true; seed: number } | { ok: false; reason: Message };

/** Reads a seed typed by a person or found in a URL: an unsigned 32-bit integer, nothing else. */
export function parseSeed(text: string): SeedParse {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: { key: 'seed.empty' } };
  if (!/^[+-]?\d+$/.test(trimmed)) return { ok: false, reason: { key: 'seed.notWhole', params: { text } } };
  const value = Number(trimmed);
  if (value < 0) return { ok: false, reason: { key: 'seed.negative', params: { text: trimmed } } };
  if (value > MAX_SEED) return { ok: false, reason: { key: 'seed.tooLarge', params: { text: trimmed, max: MAX_SEED } } };
  return { ok: true, seed: value };
}

/** A fresh seed for "New face"; crypto where available so two tabs do not share faces. */
export function randomSeed(): number {
  const buffer = new Uint32Array(1);
  globalThis.crypto.getRandomValues(buffer);
  return buffer[0]!;
}
