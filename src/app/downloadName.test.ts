import { describe, expect, it } from 'vitest';
import { downloadFileName } from './downloadName';

describe('downloadFileName', () => {
  it('names the seed, the moved sliders, the locks and the size', () => {
    const name = downloadFileName({ seed: 42, sliders: { young: 50, smiling: 80, male: 30 }, locked: new Set(['male']) }, 512);
    expect(name).toBe('face-seed42-smiling80-male30-lockMale-512px.png');
  });

  it('leaves out neutral sliders and has no locks part when nothing is locked', () => {
    expect(downloadFileName({ seed: 0, sliders: { young: 50 }, locked: new Set() }, 128)).toBe('face-seed0-128px.png');
  });

  it('lower-cases slider ids, keeps lock ids readable and drops unsafe characters', () => {
    const name = downloadFileName({ seed: 4294967295, sliders: { skinTone: 0, 'head/Turn': 100 }, locked: new Set(['skinTone']) }, 512);
    expect(name).toBe('face-seed4294967295-skintone0-headturn100-lockSkinTone-512px.png');
  });

  it('rounds fractional slider values', () => {
    expect(downloadFileName({ seed: 1, sliders: { smiling: 62.6 }, locked: new Set() }, 128)).toBe('face-seed1-smiling63-128px.png');
  });
});
