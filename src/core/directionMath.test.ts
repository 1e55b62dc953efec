import { describe, expect, it } from 'vitest';
import { cosine, dot, effectiveDirections, moveLatent, orthonormalBasis, type Vector } from './directionMath';

const unit = (...xs: number[]): Vector => {
  const n = Math.hypot(...xs);
  return Float32Array.from(xs, (x) => x / n);
};

describe('orthonormalBasis', () => {
  it('returns orthonormal vectors spanning the input and drops dependent ones', () => {
    const basis = orthonormalBasis([unit(1, 1, 0), unit(1, 0, 0), unit(2, 2, 0)]);
    expect(basis).toHaveLength(2);
    expect(dot(basis[0]!, basis[1]!)).toBeCloseTo(0, 6);
    expect(dot(basis[1]!, basis[1]!)).toBeCloseTo(1, 6);
  });
});

describe('effectiveDirections', () => {
  const smile = unit(1, 1, 0, 0);
  const male = unit(0, 1, 0, 0);
  const young = unit(0, 0, 1, 0);
  const all = new Map([
    ['smiling', smile],
    ['male', male],
    ['young', young],
  ]);

  it('leaves directions as they are when nothing is locked', () => {
    const eff = effectiveDirections(all, new Set());
    expect(eff.get('smiling')!.direction).toEqual(smile);
    expect(eff.get('smiling')!.retained).toBe(1);
  });

  it('moving an unlocked slider leaves a locked attribute score unchanged', () => {
    const eff = effectiveDirections(all, new Set(['male']));
    const base = Float32Array.from([0.3, -0.2, 0.5, 1]);
    const moved = moveLatent(base, [
      { direction: eff.get('smiling')!.direction, offset: 1.7 },
      { direction: eff.get('young')!.direction, offset: -2 },
    ]);
    expect(dot(moved, male)).toBeCloseTo(dot(base, male), 5);
  });

  it('keeps the moved attribute moving as much per step as before, within the gain cap', () => {
    const eff = effectiveDirections(all, new Set(['male']));
    const step = eff.get('smiling')!.direction;
    expect(dot(step, smile)).toBeCloseTo(1, 5);
    expect(eff.get('smiling')!.retained).toBeCloseTo(0.5, 5);
    expect(cosine(step, unit(1, 0, 0, 0))).toBeCloseTo(1, 5);
  });

  it('caps the gain of a slider almost parallel to a locked one', () => {
    const nearMale = unit(0.05, 1, 0, 0);
    const eff = effectiveDirections(
      new Map([
        ['a', nearMale],
        ['male', male],
      ]),
      new Set(['male']),
      2,
    );
    expect(dot(eff.get('a')!.direction, nearMale)).toBeLessThan(0.01);
  });

  it('holds several locks at once', () => {
    const eff = effectiveDirections(all, new Set(['male', 'young']));
    const step = eff.get('smiling')!.direction;
    expect(dot(step, male)).toBeCloseTo(0, 6);
    expect(dot(step, young)).toBeCloseTo(0, 6);
  });
});

describe('moveLatent', () => {
  it('adds scaled directions without touching the base', () => {
    const base = Float32Array.from([1, 2]);
    expect(Array.from(moveLatent(base, [{ direction: Float32Array.from([1, 0]), offset: 2 }]))).toEqual([3, 2]);
    expect(Array.from(base)).toEqual([1, 2]);
  });
});
