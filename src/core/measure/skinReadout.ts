/**
 * The live readout's skin line, as data and words: the Monk swatch beside the measured colour,
 * "Monk 3", "L* 68 · hue 62°" and ITA° as a small number. Kept out of the markup so it is tested,
 * and its words sit together for translation.
 */
import type { SkinReading } from './apparentSkin';
import type { FoundFace } from './faceMeasurer';
import { MONK_SWATCHES, monkSwatch } from './monkScale';

const MINUS = '\u2212';

/** The words of the skin line; the views pass the shown language's (src/i18n/labels.svelte.ts). */
export type SkinWords = typeof SKIN_WORDS;

export const SKIN_WORDS = {
  /** Said instead of the lightness when the mask left too few skin pixels. */
  noSkin: 'too little bare skin in frame',
  tone: (tone: number) => `Monk ${tone}`,
  swatchLabel: (tone: number) => `Monk Skin Tone ${tone} of ${MONK_SWATCHES.length}`,
  colourLabel: (lightness: string, hue: string) => `measured skin colour, L* ${lightness}, hue ${hue}°`,
  numbers: (lightness: string, hue: string) => `L* ${lightness} · hue ${hue}°`,
  ita: (ita: string) => `ITA° ${ita}`,
  placedByAligned: 'face placed by the aligned crop (the detector missed it)',
};

export interface SkinReadout {
  /** The Monk swatch's published colour, "#d7bd96". */
  swatchHex: string;
  swatchLabel: string;
  /** The measured skin colour as CSS, "rgb(201 160 128)". */
  colour: string;
  colourLabel: string;
  tone: string;
  numbers: string;
  ita: string;
}

const whole = (value: number) => {
  const text = Math.round(value).toString();
  return text === '-0' ? '0' : text.replace('-', MINUS);
};

export function skinReadout(skin: SkinReading, words: SkinWords = SKIN_WORDS): SkinReadout {
  const lightness = whole(skin.lightness);
  const hue = whole(skin.hue);
  return {
    swatchHex: monkSwatch(skin.monk).hex,
    swatchLabel: words.swatchLabel(skin.monk),
    colour: `rgb(${skin.rgb.join(' ')})`,
    colourLabel: words.colourLabel(lightness, hue),
    tone: words.tone(skin.monk),
    numbers: words.numbers(lightness, hue),
    ita: words.ita(whole(skin.ita)),
  };
}

/** The note under the readings for a face the detector missed; null for one it found. */
export function placementNote(placedBy: FoundFace['placedBy'], words: SkinWords = SKIN_WORDS): string | null {
  return placedBy === 'aligned' ? words.placedByAligned : null;
}
