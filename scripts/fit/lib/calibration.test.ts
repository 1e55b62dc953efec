import { describe, expect, it } from 'vitest';
import { calibrateSlider } from './calibration';
import { syntheticLatents } from './fixtures';

describe('calibrateSlider', () => {
  it('spans the 5th to 95th percentile around the median', () => {
    const projections = Array.from({ length: 101 }, (_, i) => i - 30); // median 20, p5 −25, p95 65
    const c = calibrateSlider(projections, 2, { lowPercentile: 5, highPercentile: 95, effectUnit: 'years', sample: 'test' });
    expect(c.projectionMedian).toBe(20);
    expect(c.offsetAt0).toBe(-45);
    expect(c.offsetAt100).toBe(45);
    expect(c.effectAt0).toBe(-90);
    expect(c.effectAt100).toBe(90);
  });

  it('gives about ±1.645 for standard normal latents on any unit direction', () => {
    const { projections } = syntheticLatents(4000, 64, 11);
    const c = calibrateSlider(projections, 1, { lowPercentile: 5, highPercentile: 95, effectUnit: 'x', sample: 'test' });
    expect(c.offsetAt0).toBeCloseTo(-1.645, 1);
    expect(c.offsetAt100).toBeCloseTo(1.645, 1);
  });
});
