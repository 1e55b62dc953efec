import { describe, expect, it } from 'vitest';
import { placementNote, skinReadout, SKIN_WORDS } from './skinReadout';
import { fakeSkin, plainSkin } from './sweepFixtures';

const skin = plainSkin({ lightness: 67.6, hue: 61.7, chroma: 22, ita: 40.6, monk: 3, rgb: [201, 160, 128], pixels: 800 });

describe('skinReadout', () => {
  it('gives the Monk swatch, the measured colour, the tone and the numbers in words', () => {
    expect(skinReadout(skin)).toEqual({
      swatchHex: '#f7ead0',
      swatchLabel: 'Monk Skin Tone 3 of 10',
      colour: 'rgb(201 160 128)',
      colourLabel: 'measured skin colour, L* 68, hue 62°',
      tone: 'Monk 3',
      numbers: 'L* 68 · hue 62°',
      ita: 'ITA° 41',
    });
  });

  it('writes a negative ITA° with a typographic minus and never "-0"', () => {
    expect(skinReadout({ ...skin, ita: -12.4 }).ita).toBe('ITA° −12');
    expect(skinReadout({ ...skin, ita: -0.3 }).ita).toBe('ITA° 0');
  });

  it('shows each tone with its own swatch', () => {
    expect(skinReadout(fakeSkin(20, 10))).toMatchObject({ swatchHex: '#292420', tone: 'Monk 10', swatchLabel: 'Monk Skin Tone 10 of 10' });
  });

  it('notes a face the detector missed, and nothing for one it found', () => {
    expect(placementNote('aligned')).toBe('face placed by the aligned crop (the detector missed it)');
    expect(placementNote('detector')).toBeNull();
    expect(SKIN_WORDS.noSkin).toBe('too little bare skin in frame');
  });
});
