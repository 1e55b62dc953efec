import { randomLcg, randomNormal } from 'd3-random';
import { describe, expect, it } from 'vitest';
import { dot, effectiveDirections, type Vector } from '../../../src/core/directionMath';
import { matrixFromRows } from './matrix';
import { fitMultiRidge } from './multiRidge';
import { IDENTITY_FORMAT, errorByRank, rightSingularDirections, validateIdentityBasis } from './identitySubspace';

const normal = randomNormal.source(randomLcg(42))();
const D = 16;
const M = 6;
// A planted rank-2 latent → descriptor map: descriptors move only along latent axes 0 and 1 (mixed).
const plantedRows = [0, 1].map((axis) => Float64Array.from({ length: D }, (_, j) => (j === axis ? 1 : 0)));
const mixing = Array.from({ length: M }, (_, a) => [Math.cos(a), Math.sin(a) * 2]);
function sample(n: number, noise: number) {
  const xs = Array.from({ length: n }, () => Float64Array.from({ length: D }, normal));
  const ys = xs.map((x) => Float64Array.from(mixing, ([p, q]) => p! * x[0]! + q! * x[1]! + 0.3 + noise * normal()));
  return { x: matrixFromRows(xs), y: matrixFromRows(ys) };
}

describe('the latent → identity map and its leading directions', () => {
  const train = sample(400, 0.05);
  const [model] = fitMultiRidge(train.x, train.y, [1e-3]);

  it('finds the planted subspace as the leading right-singular directions', () => {
    const { values, vectors } = rightSingularDirections(model!, 3);
    expect(values[2]).toBeLessThan(0.05 * values[1]!);
    for (const planted of plantedRows) {
      const inSpan = vectors.slice(0, 2).reduce((s, v) => s + dot(v, planted) ** 2, 0);
      expect(inSpan).toBeCloseTo(1, 2);
    }
    for (const v of vectors) expect(dot(v, v)).toBeCloseTo(1, 8);
  });

  it('measures held-out error by rank: it stops falling at the planted rank', () => {
    const test = sample(200, 0.05);
    const { vectors } = rightSingularDirections(model!, 4);
    const errors = errorByRank(model!, vectors, test.x, test.y);
    expect(errors[1]).toBeLessThan(errors[0]!);
    expect(errors[2]).toBeLessThan(0.05 * errors[0]!);
    expect(errors[4]! / errors[2]!).toBeGreaterThan(0.9);
  });
});

describe('Keep identity as a held subspace', () => {
  const unit = (...xs: number[]): Vector => {
    const n = Math.hypot(...xs);
    return Float32Array.from(xs, (x) => x / n);
  };
  const identity = [unit(1, 0, 0, 0, 0)];
  const directions = new Map([
    ['smiling', unit(1, 1, 1, 0, 0)],
    ['male', unit(0, 1, 0, 0, 1)],
  ]);

  it('removes the identity components and keeps the own score per slider unit', () => {
    const smiling = effectiveDirections(directions, new Set(), 2, identity).get('smiling')!;
    expect(dot(smiling.direction, identity[0]!)).toBeCloseTo(0, 6);
    expect(dot(smiling.direction, directions.get('smiling')!)).toBeCloseTo(1, 6);
    expect(smiling.retained).toBeCloseTo(2 / 3, 6);
  });

  it('combines with a lock: neither identity nor the locked score moves', () => {
    const smiling = effectiveDirections(directions, new Set(['male']), 2, identity).get('smiling')!;
    expect(dot(smiling.direction, identity[0]!)).toBeCloseTo(0, 6);
    expect(dot(smiling.direction, directions.get('male')!)).toBeCloseTo(0, 6);
    expect(dot(smiling.direction, directions.get('smiling')!)).toBeCloseTo(1, 6);
  });

  it('caps the gain of a slider that is nearly all identity', () => {
    const mostlyIdentity = new Map([['young', unit(10, 1, 0, 0, 0)]]);
    const young = effectiveDirections(mostlyIdentity, new Set(), 2, identity).get('young')!;
    expect(dot(young.direction, mostlyIdentity.get('young')!)).toBeCloseTo(2 * young.retained, 6);
  });
});

describe('validateIdentityBasis', () => {
  const file = (basis: number[][], latentSize = 3) => ({ format: IDENTITY_FORMAT, latentSize, basis, provenance: {} });
  it('accepts an orthonormal basis of the right size', () => {
    const check = validateIdentityBasis(
      file([
        [1, 0, 0],
        [0, 0.6, 0.8],
      ]),
      3,
    );
    expect(check.ok && check.basis.length).toBe(2);
  });
  it.each<[string, unknown, RegExp, number]>([
    ['another format', { ...file([[1, 0, 0]]), format: 'x' }, /format/, 3],
    ['another latent size', file([[1, 0, 0]]), /latents of 3/, 4],
    ['a short row', file([[1, 0]]), /finite numbers/, 3],
    [
      'non-orthogonal rows',
      file([
        [1, 0, 0],
        [0.6, 0.8, 0],
      ]),
      /orthonormal/,
      3,
    ],
    ['no rows', file([]), /empty/, 3],
  ])('rejects %s', (_, json, reason, latentSize) => {
    const check = validateIdentityBasis(json, latentSize);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toMatch(reason);
  });
});
