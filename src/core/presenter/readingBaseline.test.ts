import { describe, expect, it } from 'vitest';
import { fakeFace } from '../measure/sweepFixtures';
import { ReadingBaseline } from './readingBaseline';

const at = (seed: number, smiling: number) => ({ seed, sliders: { smiling, male: 50 }, locked: ['male'], playing: null });

describe('ReadingBaseline', () => {
  it('keeps the measurement at all sliders 50 as the seed start value, locks or not', () => {
    const baseline = new ReadingBaseline();
    const start = fakeFace({ pMale: 0.6 });
    baseline.observe(at(7, 50), start);
    baseline.observe(at(7, 90), fakeFace({ pMale: 0.2 }));
    expect(baseline.startFor(7)).toBe(start);
  });

  it('has no start value for a seed first measured away from 50, and never borrows another seed', () => {
    const baseline = new ReadingBaseline();
    baseline.observe(at(7, 50), fakeFace());
    baseline.observe(at(8, 80), fakeFace());
    expect(baseline.startFor(8)).toBeNull();
    baseline.observe(at(8, 50), fakeFace({ age: 44 }));
    expect(baseline.startFor(8)?.age).toBe(44);
  });

  it('remembers a few seeds back', () => {
    const baseline = new ReadingBaseline(2);
    for (const seed of [1, 2, 3]) baseline.observe(at(seed, 50), fakeFace({ age: seed }));
    expect(baseline.startFor(1)).toBeNull();
    expect(baseline.startFor(2)?.age).toBe(2);
  });
});
