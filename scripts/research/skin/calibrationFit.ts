/**
 * The Monk calibration: the direction of a ridge regression of the rated tone on the lit skin's
 * L*, a*, b*, stretched so its positions spread as widely as the ratings do. A plain regression
 * pulls every face toward the middle of the scale (its R² is well below 1), which rounds nearly
 * every dark-skinned face to a 5 or 6; stretching keeps the ends of the scale reachable.
 */
import type { MonkCalibration } from '../../../src/core/measure/monkCalibration';
import type { Lab } from '../../../src/core/measure/skinTone';

export interface CalibrationSample {
  lab: Lab;
  rated: number;
}

function solve(matrix: number[][], rhs: number[]): number[] {
  const n = rhs.length;
  const m = matrix.map((row, i) => [...row, rhs[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / m[col]![col]!;
      for (let c = col; c <= n; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

/** λ on standardised features, the intercept unpenalised; coefficients returned in raw units. */
export function fitCalibration(samples: readonly CalibrationSample[], lambda = 1): MonkCalibration {
  const features = samples.map((s) => [s.lab.L, s.lab.a, s.lab.b]);
  const mean = [0, 1, 2].map((j) => features.reduce((sum, f) => sum + f[j]!, 0) / features.length);
  const sd = [0, 1, 2].map((j) => Math.sqrt(features.reduce((sum, f) => sum + (f[j]! - mean[j]!) ** 2, 0) / features.length) || 1);
  const z = features.map((f) => [1, ...f.map((v, j) => (v - mean[j]!) / sd[j]!)]);
  const normal = [0, 1, 2, 3].map((i) =>
    [0, 1, 2, 3].map((j) => z.reduce((sum, row) => sum + row[i]! * row[j]!, 0) + (i === j && i > 0 ? lambda : 0)),
  );
  const rhs = [0, 1, 2, 3].map((i) => z.reduce((sum, row, k) => sum + row[i]! * samples[k]!.rated, 0));
  const w = solve(normal, rhs);
  const scores = z.map((row) => row.reduce((sum, v, i) => sum + v * w[i]!, 0));
  const spread = (xs: readonly number[]) => {
    const m = xs.reduce((a, b) => a + b, 0) / xs.length;
    return { m, sd: Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length) };
  };
  const rated = spread(samples.map((s) => s.rated));
  const scored = spread(scores);
  const stretch = rated.sd / scored.sd;
  const raw = [1, 2, 3].map((i) => (stretch * w[i]!) / sd[i - 1]!);
  // position = rated.m + stretch·(score − scored.m), written out in raw L*, a*, b*.
  const intercept = rated.m + stretch * (w[0]! - scored.m) - raw.reduce((sum, c, j) => sum + c * mean[j]!, 0);
  return { intercept, lightness: raw[0]!, a: raw[1]!, b: raw[2]! };
}

/** Out-of-fold fits: each face's calibration is fitted without it (k folds, a fixed shuffle per repeat). */
export function crossValidatedFits(samples: readonly CalibrationSample[], folds = 5, repeat = 0): MonkCalibration[] {
  const order = samples.map((_, i) => i);
  let state = 12345 + repeat * 7919;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const fitFor: MonkCalibration[] = new Array(samples.length);
  for (let k = 0; k < folds; k++) {
    const test = new Set(order.filter((_, i) => i % folds === k));
    const fit = fitCalibration(samples.filter((_, i) => !test.has(i)));
    for (const i of test) fitFor[i] = fit;
  }
  return fitFor;
}
