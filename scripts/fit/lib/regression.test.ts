import { randomLcg } from 'd3-random';
import { describe, expect, it } from 'vitest';
import { cosine, syntheticLatents } from './fixtures';
import { fitLogistic, sigmoid } from './logistic';
import { matrixFromRows, solveSpd, weightedGram } from './matrix';
import { fitRidge } from './ridge';

describe('solveSpd', () => {
  it('solves a small symmetric positive definite system', () => {
    const a = Float64Array.from([4, 2, 0, 2, 5, 1, 0, 1, 3]);
    const z = solveSpd(a, [2, 3, 4], 3);
    const back = [0, 1, 2].map((i) => a[i * 3]! * z[0]! + a[i * 3 + 1]! * z[1]! + a[i * 3 + 2]! * z[2]!);
    back.forEach((v, i) => expect(v).toBeCloseTo([2, 3, 4][i]!, 12));
  });

  it('refuses a matrix that is not positive definite', () => {
    expect(() => solveSpd(Float64Array.from([1, 2, 2, 1]), [1, 1], 2)).toThrow(/positive definite/);
  });
});

describe('weightedGram', () => {
  it('is XᵀX, symmetric', () => {
    const x = matrixFromRows([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    expect(Array.from(weightedGram(x))).toEqual([35, 44, 44, 56]);
  });
});

describe('ridge regression', () => {
  it('recovers exact weights and intercept from noiseless data with tiny λ', () => {
    const { x, normal } = syntheticLatents(200, 5, 1);
    const w = [1, -2, 0.5, 0, 3];
    const y = Array.from({ length: 200 }, (_, i) => 7 + w.reduce((s, wj, j) => s + wj * x.data[i * 5 + j]!, 0));
    const model = fitRidge(x, y, 1e-9);
    model.weights.forEach((v, j) => expect(v).toBeCloseTo(w[j]!, 6));
    expect(model.intercept).toBeCloseTo(7, 6);
    expect(normal).toBeTypeOf('function');
  });

  it('recovers a known 512-d direction from noisy targets (cosine > 0.95)', () => {
    const { x, trueDirection, projections, normal } = syntheticLatents(3000, 512, 2);
    const y = projections.map((p) => 30 + 8 * p + 4 * normal());
    const model = fitRidge(x, y, 0.1 * x.rows);
    expect(cosine(model.weights, trueDirection)).toBeGreaterThan(0.95);
  });
});

describe('logistic regression', () => {
  it('has a stable sigmoid', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(-800)).toBeGreaterThanOrEqual(0);
    expect(sigmoid(800)).toBe(1);
  });

  it('recovers a known 512-d direction from sampled labels (cosine > 0.95)', () => {
    const { x, trueDirection, projections } = syntheticLatents(4000, 512, 3);
    const uniform = randomLcg(0.25);
    const y = projections.map((p) => (uniform() < sigmoid(0.3 + 6 * p) ? 1 : 0));
    const fit = fitLogistic(x, y, 0.01 * x.rows);
    expect(fit.converged).toBe(true);
    expect(cosine(fit.weights, trueDirection)).toBeGreaterThan(0.95);
  });

  it('stays finite on perfectly separable data thanks to the penalty', () => {
    const x = matrixFromRows([[-2], [-1], [1], [2]]);
    const fit = fitLogistic(x, [0, 0, 1, 1], 0.1);
    expect(fit.converged).toBe(true);
    expect(Number.isFinite(fit.weights[0]!)).toBe(true);
    expect(fit.weights[0]!).toBeGreaterThan(0);
  });
});
