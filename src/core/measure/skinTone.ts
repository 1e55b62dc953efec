/**
 * CIELAB from sRGB (D65), and the individual typology angle ITA° = atan2(L* − 50, b*), the
 * dermatologists' measure the app reported before; it is now only a number beside the Monk tone
 * (apparentSkin.ts), for continuity. The old three-patch reading lives in
 * scripts/research/skin/oldItaReading.ts, for the validation's before figures.
 */

export interface Lab {
  L: number;
  a: number;
  b: number;
}

/** D65 reference white, Y normalised to 1. */
const WHITE = { X: 0.95047, Y: 1, Z: 1.08883 } as const;

/** sRGB transfer curve inverse: an encoded value in [0,1] to linear light. */
export function srgbToLinear(encoded: number): number {
  return encoded <= 0.04045 ? encoded / 12.92 : ((encoded + 0.055) / 1.055) ** 2.4;
}

function labCurve(t: number): number {
  const delta = 6 / 29;
  return t > delta ** 3 ? Math.cbrt(t) : t / (3 * delta * delta) + 4 / 29;
}

/** An 8-bit sRGB colour (0..255 per channel) in CIELAB (D65). */
export function rgbToLab(red: number, green: number, blue: number): Lab {
  const r = srgbToLinear(red / 255);
  const g = srgbToLinear(green / 255);
  const b = srgbToLinear(blue / 255);
  const X = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b;
  const Y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const Z = 0.0193339 * r + 0.119192 * g + 0.9503041 * b;
  const fx = labCurve(X / WHITE.X);
  const fy = labCurve(Y / WHITE.Y);
  const fz = labCurve(Z / WHITE.Z);
  return { L: 116 * fy - 16, a: 500 * (fx - fy), b: 200 * (fy - fz) };
}

export function itaDegrees(lab: Pick<Lab, 'L' | 'b'>): number {
  return (Math.atan2(lab.L - 50, lab.b) * 180) / Math.PI;
}
