import { describe, expect, it } from 'vitest';
import { bestCodings, choosePlan, psnrFromMse, smallestPlanWithin, type LayerSensitivity } from './storageChoice';

const layer = (name: string, elements: number, mse: number, encoding: LayerSensitivity['encoding'] = 'uint8'): LayerSensitivity => ({
  name,
  elements,
  mse,
  encoding,
});

describe('choosing uint8 tensors', () => {
  const layers = [layer('big-robust', 1000, 1e-6), layer('big-fragile', 1000, 1e-4), layer('small', 100, 1e-5)];

  it('under a budget, codes the tensors that hurt least per byte saved', () => {
    // float16 everywhere is 4200 bytes; 3150 needs 1050 saved: one big tensor is not enough, the robust one and the small one hurt least.
    const plan = choosePlan(layers, 3150)!;
    expect(Object.keys(plan.uint8).sort()).toEqual(['big-robust', 'small']);
    expect(plan.weightBytes).toBe(1000 + 2000 + 100);
    expect(plan.predictedMse).toBeCloseTo(1.1e-5);
    expect(choosePlan(layers, 100)).toBeNull();
    expect(Object.keys(choosePlan(layers, 3200)!.uint8)).toEqual(['big-robust']);
    expect(Object.keys(choosePlan(layers, 1e9)!.uint8)).toEqual([]);
  });

  it('for an error bound, the fewest bytes', () => {
    const plan = smallestPlanWithin(layers, 2e-5)!;
    expect(Object.keys(plan.uint8).sort()).toEqual(['big-robust', 'small']);
    expect(psnrFromMse(plan.predictedMse)).toBeGreaterThan(10 * Math.log10(1 / 2e-5));
  });

  it('keeps the better of two codings of a tensor', () => {
    const best = bestCodings([layer('a', 10, 2e-6), layer('a', 10, 1e-6, 'uint8-clipped'), layer('b', 10, 1e-6)]);
    expect(best).toEqual([layer('a', 10, 1e-6, 'uint8-clipped'), layer('b', 10, 1e-6)]);
  });
});
