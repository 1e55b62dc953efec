/**
 * Image edits for validating the skin reading: the same face under other light (a uniform
 * exposure change, a warm or cool cast) and with its skin recoloured to a Monk tone keeping the
 * face's own shading. All in linear light, as a camera or a renderer would apply them.
 */
import { MONK_SWATCHES, type MonkTone } from '../../../src/core/measure/monkScale';
import { srgbToLinear } from '../../../src/core/measure/skinTone';

function toByte(linear: number): number {
  const v = Math.max(0, Math.min(1, linear));
  const encoded = v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055;
  return Math.round(encoded * 255);
}

/** Each channel multiplied in linear light, then clipped as the generator's output is. */
export function scaleChannels(rgb: Uint8Array, gains: readonly [number, number, number]): Uint8Array {
  const out = new Uint8Array(rgb.length);
  for (let i = 0; i < rgb.length; i++) out[i] = toByte(srgbToLinear(rgb[i]! / 255) * gains[i % 3]!);
  return out;
}

export const LIGHTING_EDITS = {
  'exposure −20 %': [0.8, 0.8, 0.8],
  'exposure +20 %': [1.2, 1.2, 1.2],
  'warm cast': [1.1, 1, 0.85],
  'cool cast': [0.9, 1, 1.15],
} as const satisfies Record<string, readonly [number, number, number]>;

const luminance = (r: number, g: number, b: number) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

/** A Monk swatch as printed, for recolourSkin. */
export const printedSwatch = (tone: MonkTone): readonly [number, number, number] => MONK_SWATCHES[tone - 1]!.rgb;

/**
 * The skin under `mask` repainted in one colour (8-bit sRGB): each pixel keeps its luminance
 * relative to the skin's median luminance (its shading), and takes the colour at that level.
 */
export function recolourSkin(rgb: Uint8Array, mask: Uint8Array, colour: readonly [number, number, number]): Uint8Array {
  const swatch = colour.map((v) => srgbToLinear(v / 255));
  const levels: number[] = [];
  for (let p = 0; p < mask.length; p++) {
    if (mask[p])
      levels.push(luminance(srgbToLinear(rgb[3 * p]! / 255), srgbToLinear(rgb[3 * p + 1]! / 255), srgbToLinear(rgb[3 * p + 2]! / 255)));
  }
  levels.sort((a, b) => a - b);
  const median = levels[levels.length >> 1] ?? 1;
  const out = Uint8Array.from(rgb);
  for (let p = 0; p < mask.length; p++) {
    if (!mask[p]) continue;
    const shade =
      luminance(srgbToLinear(rgb[3 * p]! / 255), srgbToLinear(rgb[3 * p + 1]! / 255), srgbToLinear(rgb[3 * p + 2]! / 255)) / median;
    for (let c = 0; c < 3; c++) out[3 * p + c] = toByte(swatch[c]! * shade);
  }
  return out;
}
