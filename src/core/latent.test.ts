import { describe, expect, it } from 'vitest';
import { LATENT_SIZE, MAX_SEED, latentFromSeed, parseSeed } from './latent';
import { translateText } from '../i18n/catalogue';

describe('latentFromSeed', () => {
  it('gives the same latent for the same seed and a different one for another seed', () => {
    expect(latentFromSeed(42)).toEqual(latentFromSeed(42));
    expect(latentFromSeed(42)).not.toEqual(latentFromSeed(43));
  });

  it('distinguishes seeds at the top of the 32-bit range', () => {
    expect(latentFromSeed(MAX_SEED)).not.toEqual(latentFromSeed(MAX_SEED - 1));
  });

  it('draws standard normal values', () => {
    const values = Array.from({ length: 40 }, (_, s) => Array.from(latentFromSeed(s))).flat();
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length;
    expect(values).toHaveLength(40 * LATENT_SIZE);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });
});

describe('parseSeed', () => {
  it.each([
    ['0', 0],
    [' 42 ', 42],
    ['4294967295', MAX_SEED],
  ])('accepts %j', (text, seed) => {
    expect(parseSeed(text)).toEqual({ ok: true, seed });
  });

  it.each([
    ['', 'empty'],
    ['abc', 'not a whole number'],
    ['1.5', 'not a whole number'],
    ['1e3', 'not a whole number'],
    ['-1', 'negative'],
    ['4294967296', 'larger than'],
  ])('rejects %j saying why', (text, reason) => {
    const parsed = parseSeed(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(translateText('en', parsed.reason)).toContain(reason);
  });
});
