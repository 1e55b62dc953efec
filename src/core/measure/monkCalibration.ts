/**
 * Where a photographed skin colour sits on the Monk Skin Tone scale. Skin in these faces is not
 * the printed swatch: the generator brightens and saturates it, and dark skin under a key light
 * reads far lighter (L* 45–70) than swatches 7–10 (L* 42–15), so the nearest swatch by colour
 * calls nearly every dark-skinned face a 5 or 6. Instead the lit skin's L*, a*, b* are placed on
 * the scale by a line fitted to faces rated by eye (models/skin-ratings.json), by
 * scripts/research/skin/fit-monk-calibration.ts; its cross-validated agreement is in
 * models/skin-validation.json.
 */
import type { MonkTone } from './monkScale';
import type { Lab } from './skinTone';

export interface MonkCalibration {
  intercept: number;
  lightness: number;
  a: number;
  b: number;
}

/** Fitted on all 244 rated faces (ridge direction, λ = 1 on standardised features, stretched to the ratings' spread). */
export const MONK_CALIBRATION: MonkCalibration = { intercept: 10.1404, lightness: -0.106641, a: -0.00988823, b: 0.0630217 };

/** The continuous position on the scale (1 = lightest … 10 = darkest), before rounding. */
export function monkPosition(lab: Lab, calibration: MonkCalibration = MONK_CALIBRATION): number {
  return calibration.intercept + calibration.lightness * lab.L + calibration.a * lab.a + calibration.b * lab.b;
}

export function calibratedMonkTone(lab: Lab, calibration: MonkCalibration = MONK_CALIBRATION): MonkTone {
  return Math.min(10, Math.max(1, Math.round(monkPosition(lab, calibration)))) as MonkTone;
}
