/**
 * The face's apparent skin colour, as the literature on apparent skin colour reads it from
 * photographs (Thong, Joniak and Xiang, "Beyond Skin Tone: A Multidimensional Measure of
 * Apparent Skin Color", ICCV 2023): perceptual lightness L* and hue angle h* over a skin mask,
 * not the dermatologists' ITA°, which follows lighting and white balance on photographs (Groh et
 * al. 2021, 2022). Shading and highlights are handled by reading the lit part of the skin: pixels
 * clipped at black or white are left out (the generator clips its output), and of the rest only
 * the band between two lightness percentiles is averaged, above the shadowed side, below the
 * specular sheen. The colour is then placed on the Monk Skin Tone scale (monkCalibration.ts).
 */
import { calibratedMonkTone, monkPosition, MONK_CALIBRATION, type MonkCalibration } from './monkCalibration';
import { MONK_SWATCHES, monkGroup, type MonkGroup, type MonkTone } from './monkScale';
import { itaDegrees, rgbToLab, srgbToLinear, type Lab } from './skinTone';

export interface ApparentSkinConfig {
  /**
   * A pixel with `clippedChannels` or more channels at or above `clippedAbove` (0..255) is a
   * blown highlight; one with every channel below `clippedBelow`, crushed shadow. One clipped
   * channel alone is left in: the generator clips red on most lit skin of every tone, and
   * leaving those pixels out would leave only the shadowed skin to read.
   */
  clippedAbove: number;
  clippedChannels: number;
  clippedBelow: number;
  /** The lit band of the skin, as percentiles of L* over the unclipped skin pixels. */
  litFrom: number;
  litTo: number;
  /** Fewer unclipped skin pixels than this and the face has no reading. */
  minPixels: number;
  calibration: MonkCalibration;
}

export const DEFAULT_APPARENT_SKIN: ApparentSkinConfig = {
  clippedAbove: 250,
  clippedChannels: 2,
  clippedBelow: 8,
  litFrom: 0.6,
  litTo: 0.95,
  minPixels: 30,
  calibration: MONK_CALIBRATION,
};

export interface SkinReading {
  /** Perceptual lightness of the lit skin, 0 (black) … 100 (white). */
  lightness: number;
  /** Hue angle h* = atan2(b*, a*) in degrees: smaller is redder, larger is yellower. */
  hue: number;
  chroma: number;
  lab: Lab;
  /** The dermatologists' typology angle of the same colour, kept for continuity with earlier figures. */
  ita: number;
  /** The Monk Skin Tone a person would match the skin to, its position before rounding, and its coarse group. */
  monk: MonkTone;
  monkPosition: number;
  group: MonkGroup;
  /** The skin colour itself, as 8-bit sRGB, to show beside the swatch. */
  rgb: [number, number, number];
  /** Skin pixels the reading averaged. */
  pixels: number;
}

function linearToSrgbByte(linear: number): number {
  const encoded = linear <= 0.0031308 ? 12.92 * linear : 1.055 * linear ** (1 / 2.4) - 0.055;
  return Math.max(0, Math.min(255, Math.round(encoded * 255)));
}

/**
 * The swatch nearest in colour, by a lightness-weighted distance (chroma counts `chromaWeight`
 * as much). Not what the app reports (see monkCalibration.ts): kept to compare against.
 */
export function nearestMonkTone(lab: Lab, chromaWeight = 0.25): MonkTone {
  let best = MONK_SWATCHES[0]!;
  let bestDistance = Infinity;
  for (const swatch of MONK_SWATCHES) {
    const d = (lab.L - swatch.lab.L) ** 2 + (chromaWeight * (lab.a - swatch.lab.a)) ** 2 + (chromaWeight * (lab.b - swatch.lab.b)) ** 2;
    if (d < bestDistance) [best, bestDistance] = [swatch, d];
  }
  return best.tone;
}

/** The reading of a Lab colour, without pixels: the swatch, hue and ITA° of one colour. */
export function readColour(
  lab: Lab,
  rgb: [number, number, number],
  pixels: number,
  config: ApparentSkinConfig = DEFAULT_APPARENT_SKIN,
): SkinReading {
  const monk = calibratedMonkTone(lab, config.calibration);
  return {
    lightness: lab.L,
    lab,
    hue: ((Math.atan2(lab.b, lab.a) * 180) / Math.PI + 360) % 360,
    chroma: Math.hypot(lab.a, lab.b),
    ita: itaDegrees(lab),
    monk,
    monkPosition: monkPosition(lab, config.calibration),
    group: monkGroup(monk),
    rgb,
    pixels,
  };
}

/**
 * Reads the skin of an RGB image (height × width × 3 bytes) under `mask` (1 = skin). Null when
 * too few skin pixels are left once clipped ones are out.
 */
export function apparentSkin(
  rgb: Uint8Array,
  width: number,
  height: number,
  mask: Uint8Array,
  config: ApparentSkinConfig = DEFAULT_APPARENT_SKIN,
): SkinReading | null {
  if (rgb.length !== width * height * 3) throw new Error(`expected ${width * height * 3} RGB bytes, got ${rgb.length}`);
  if (mask.length !== width * height) throw new Error(`expected a ${width}×${height} mask, got ${mask.length} values`);
  const pixels: { index: number; L: number }[] = [];
  for (let p = 0; p < mask.length; p++) {
    if (!mask[p]) continue;
    const r = rgb[3 * p]!;
    const g = rgb[3 * p + 1]!;
    const b = rgb[3 * p + 2]!;
    const high = Number(r >= config.clippedAbove) + Number(g >= config.clippedAbove) + Number(b >= config.clippedAbove);
    if (high >= config.clippedChannels || Math.max(r, g, b) < config.clippedBelow) continue;
    pixels.push({ index: p, L: rgbToLab(r, g, b).L });
  }
  if (pixels.length < config.minPixels) return null;
  pixels.sort((p, q) => p.L - q.L);
  const lit = pixels.slice(
    Math.floor(config.litFrom * pixels.length),
    Math.max(Math.floor(config.litFrom * pixels.length) + 1, Math.ceil(config.litTo * pixels.length)),
  );
  // Averaged in linear light, where mixing colours is physical.
  const sum = [0, 0, 0];
  for (const { index } of lit) for (let c = 0; c < 3; c++) sum[c]! += srgbToLinear(rgb[3 * index + c]! / 255);
  const colour = sum.map((s) => linearToSrgbByte(s / lit.length)) as [number, number, number];
  return readColour(rgbToLab(...colour), colour, lit.length, config);
}
