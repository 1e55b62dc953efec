/**
 * Fits the Monk calibration (src/core/measure/monkCalibration.ts) to the rated set and prints
 * it as the TypeScript constant to paste there, with its cross-validated agreement.
 *
 *   tsx scripts/research/skin/fit-monk-calibration.ts
 */
import { fitCalibration } from './calibrationFit';
import { ratedSkins } from './litSkin';

const samples = ratedSkins().flatMap((s) => (s.reading ? [{ lab: s.reading.lab, rated: s.rated }] : []));
const fit = fitCalibration(samples);
const round = (v: number) => Number(v.toPrecision(6));
console.log(
  `export const MONK_CALIBRATION: MonkCalibration = { intercept: ${round(fit.intercept)}, lightness: ${round(fit.lightness)}, a: ${round(fit.a)}, b: ${round(fit.b)} };`,
);
console.log(`fitted on ${samples.length} rated faces`);
