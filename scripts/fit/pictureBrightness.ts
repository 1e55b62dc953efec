/**
 * How bright the parts of a face picture that are not skin are: the band above the forehead
 * (hair, or background over a bald head) and the picture's edges (background, hair, clothes). A
 * skin-tone direction should move these little; one that moves them as much as the skin is an
 * exposure control, not a skin one. Used to hold the Skin tone direction apart from them
 * (fit-directions.ts) and to check it (scripts/research/skin/slider-exposure.ts).
 */
import type { Point } from '../../src/core/measure/landmarks';
import { rgbToLab } from '../../src/core/measure/skinTone';

const SIZE = 128;

/** Median L* of the pixels `inside` picks, or null when it picks none. */
function medianLightness(rgb: Uint8Array, inside: (x: number, y: number) => boolean): number | null {
  const values: number[] = [];
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const i = 3 * (y * SIZE + x);
      if (inside(x, y)) values.push(rgbToLab(rgb[i]!, rgb[i + 1]!, rgb[i + 2]!).L);
    }
  }
  values.sort((a, b) => a - b);
  return values.length ? values[values.length >> 1]! : null;
}

/** The outer 12 columns on each side and the top 8 rows of a 128 px picture. */
export function pictureEdgesLightness(rgb: Uint8Array): number {
  return medianLightness(rgb, (x, y) => x < 12 || x >= SIZE - 12 || y < 8)!;
}

/** The band from half to three tenths of a face width above the brows, between the temples. */
export function aboveForeheadLightness(rgb: Uint8Array, landmarks: readonly Point[]): number | null {
  const browTop = Math.min(...landmarks.slice(17, 27).map((p) => p.y));
  const [left, right] = [landmarks[0]!.x, landmarks[16]!.x];
  const width = right - left;
  return medianLightness(rgb, (x, y) => y >= browTop - 0.5 * width && y < browTop - 0.3 * width && x >= left && x <= right);
}
