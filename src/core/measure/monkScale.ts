/**
 * The Monk Skin Tone (MST) scale: ten tones from lightest (1) to darkest (10), made by Dr. Ellis
 * Monk and published by Google in 2022 under CC BY 4.0 (https://skintone.google). The sRGB
 * values are the published swatches (skintone.google/get-started, "MST Orbs" and swatch table).
 */
import { rgbToLab, type Lab } from './skinTone';

export type MonkTone = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

export interface MonkSwatch {
  tone: MonkTone;
  hex: string;
  rgb: readonly [number, number, number];
  lab: Lab;
}

const PUBLISHED_HEX = [
  '#f6ede4',
  '#f3e7db',
  '#f7ead0',
  '#eadaba',
  '#d7bd96',
  '#a07e56',
  '#825c43',
  '#604134',
  '#3a312a',
  '#292420',
] as const;

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export const MONK_SWATCHES: readonly MonkSwatch[] = PUBLISHED_HEX.map((hex, i) => {
  const rgb = hexToRgb(hex);
  return { tone: (i + 1) as MonkTone, hex, rgb, lab: rgbToLab(...rgb) };
});

/**
 * Coarse groups of the scale, as fairness audits that use it report them (e.g. Schumann et al.
 * 2023, MST-E): tones 1–3, 4–6 and 7–10.
 */
export type MonkGroup = 'light' | 'medium' | 'dark';
export const MONK_GROUPS: readonly MonkGroup[] = ['light', 'medium', 'dark'];

export function monkGroup(tone: MonkTone): MonkGroup {
  return tone <= 3 ? 'light' : tone <= 6 ? 'medium' : 'dark';
}

export function monkSwatch(tone: MonkTone): MonkSwatch {
  return MONK_SWATCHES[tone - 1]!;
}
