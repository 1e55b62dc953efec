import { describe, expect, it } from 'vitest';
import {
  clampSweepSize,
  readingBands,
  readingPoints,
  readingStats,
  summarizeSteps,
  sweepBatchSize,
  sweepCells,
  sweepSliderValues,
} from './sweep';
import { readingSpec } from './readings';
import { fakeSweep } from './sweepFixtures';

describe('sweep plan', () => {
  it('spaces whole slider values evenly from 0 to 100', () => {
    expect(sweepSliderValues(7)).toEqual([0, 17, 33, 50, 67, 83, 100]);
    expect(sweepSliderValues(3)).toEqual([0, 50, 100]);
    expect(sweepSliderValues(2)).toEqual([0, 100]);
    expect(() => sweepSliderValues(1)).toThrow(/at least 2/);
  });

  it('clamps sizes typed into the form', () => {
    expect(clampSweepSize({ faces: 0, steps: 99 })).toEqual({ faces: 1, steps: 11 });
    expect(clampSweepSize({ faces: 2.6, steps: Number.NaN })).toEqual({ faces: 3, steps: 2 });
  });

  it('lists every cell once, step by step, so a batch of one step’s size is one whole step', () => {
    expect(sweepCells({ faces: 2, steps: 3 })).toEqual([
      { face: 0, step: 0 },
      { face: 1, step: 0 },
      { face: 0, step: 1 },
      { face: 1, step: 1 },
      { face: 0, step: 2 },
      { face: 1, step: 2 },
    ]);
    expect(new Set(sweepCells({ faces: 5, steps: 3 }).map((c) => `${c.face},${c.step}`)).size).toBe(15);
  });

  it('sizes batches by backend', () => {
    expect(sweepBatchSize('webgpu', 6)).toBe(6);
    expect(sweepBatchSize('webgl', 6)).toBe(6);
    expect(sweepBatchSize('wasm', 6)).toBe(1);
    expect(sweepBatchSize(null, 6)).toBe(1);
  });
});

describe('summarizeSteps', () => {
  it('gives mean, sample spread, range and count per reading and step', () => {
    expect(readingStats([1, 2, 3, 4])).toEqual({ n: 4, mean: 2.5, sd: Math.sqrt(5 / 3), min: 1, max: 4 });
    expect(readingStats([7])).toEqual({ n: 1, mean: 7, sd: 0, min: 7, max: 7 });
    expect(readingStats([])).toBeNull();
  });

  it('leaves missed faces out of the statistics but counts them', () => {
    const result = fakeSweep('smiling', [10, 11, 12], [0, 50, 100], (face, step) =>
      face === 2 && step === 1 ? null : { age: 20 + face * 10, pHappy: step / 2 },
    );
    const steps = summarizeSteps(result);
    expect(steps.map((s) => [s.slider, s.found, s.missed])).toEqual([
      [0, 3, 0],
      [50, 2, 1],
      [100, 3, 0],
    ]);
    expect(steps[1]!.readings.age).toMatchObject({ n: 2, mean: 25, min: 20, max: 30 });
    expect(steps[0]!.readings.age!.mean).toBe(30);
    expect(steps[2]!.readings.pHappy!.mean).toBe(1);
  });

  it('has no statistics for a step where no face was found, and skips a missing skin reading alone', () => {
    const result = fakeSweep('male', [1, 2], [0, 100], (face, step) => (step === 0 ? null : { skinL: face === 0 ? null : 30 }));
    const [low, high] = summarizeSteps(result);
    expect(low!.readings.age).toBeNull();
    expect(high!.readings.age!.n).toBe(2);
    expect(high!.readings.skinL).toMatchObject({ n: 1, mean: 30 });
  });
});

describe('chart series', () => {
  const result = fakeSweep('young', [1, 2], [0, 100], (face, step) =>
    face === 1 && step === 1 ? null : { age: 50 - 20 * step + face * 2 },
  );

  it('has a dot for every face the reading exists for', () => {
    expect(readingPoints(result, readingSpec('age'))).toEqual([
      { face: 0, slider: 0, value: 50 },
      { face: 1, slider: 0, value: 52 },
      { face: 0, slider: 100, value: 30 },
    ]);
  });

  it('has mean ± sd per step', () => {
    const [low, high] = readingBands(summarizeSteps(result), readingSpec('age'));
    expect(low!.mean).toBe(51);
    expect(low!.high - low!.mean).toBeCloseTo(Math.SQRT2);
    expect(low!.mean - low!.low).toBeCloseTo(Math.SQRT2);
    expect(high).toEqual({ slider: 100, mean: 30, low: 30, high: 30 });
    const allMissed = fakeSweep('young', [1], [0, 100], (_, step) => (step === 0 ? null : {}));
    expect(readingBands(summarizeSteps(allMissed), readingSpec('age')).map((b) => b.slider)).toEqual([100]);
  });
});
