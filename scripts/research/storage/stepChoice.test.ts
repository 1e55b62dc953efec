import { describe, expect, it } from 'vitest';
import { mseFromPsnr, psnrFromMse, stepsFor } from './stepChoice';

describe('choosing quantization steps', () => {
  const tensors = new Map([
    ['robust', { elements: 1000, min: -1, max: 1 }],
    ['fragile', { elements: 1000, min: -1, max: 1 }],
    ['pair-a', { elements: 500, min: -0.5, max: 0.5 }],
    ['pair-b', { elements: 500, min: -2, max: 2 }],
  ]);
  const uint8Mse = (names: string[]) =>
    names.reduce((n, name) => n + (tensors.get(name)!.elements * ((tensors.get(name)!.max - tensors.get(name)!.min) / 255) ** 2) / 12, 0);
  const units = [
    { names: ['robust'], mse: 1 * uint8Mse(['robust']) },
    { names: ['fragile'], mse: 16 * uint8Mse(['fragile']) },
    { names: ['pair-a', 'pair-b'], mse: 4 * uint8Mse(['pair-a', 'pair-b']) },
  ];

  it('gives a unit 4× the sensitivity half the step, and one step to a unit measured together', () => {
    const { steps } = stepsFor(units, tensors, 1e-5);
    expect(steps['robust']! / steps['fragile']!).toBeCloseTo(4);
    expect(steps['robust']! / steps['pair-a']!).toBeCloseTo(2);
    expect(steps['pair-a']).toBe(steps['pair-b']);
  });

  it('predicts the target error from the linear noise model', () => {
    const target = 2e-5;
    const { steps, predictedMse } = stepsFor(units, tensors, target);
    const k = { robust: 1, fragile: 16, 'pair-a': 4, 'pair-b': 4 } as const;
    const predicted = Object.entries(steps).reduce(
      (n, [name, step]) => n + (k[name as keyof typeof k] * tensors.get(name)!.elements * step ** 2) / 12,
      0,
    );
    expect(predicted).toBeCloseTo(target, 12);
    expect(predictedMse).toBe(target);
  });

  it('converts between PSNR and squared error', () => {
    expect(psnrFromMse(mseFromPsnr(50))).toBeCloseTo(50);
    expect(psnrFromMse(0)).toBe(Infinity);
    expect(() => stepsFor([{ names: ['missing'], mse: 1 }], tensors, 1e-5)).toThrow(/no tensor missing/);
  });
});
