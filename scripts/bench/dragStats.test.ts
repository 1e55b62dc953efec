import { describe, expect, it } from 'vitest';
import { dragValue, summarizeDrag, type DragSample } from './dragStats';

describe('dragStats', () => {
  it('drags 50 → 100 → 0 → 50', () => {
    expect([0, 1500, 3000, 4500, 6000].map((t) => dragValue(t, 6))).toEqual([50, 100, 50, 0, 50]);
  });

  it('counts each face on screen once and averages how far it is from the slider', () => {
    const sample = (at: number, slider: number, shown: number | null, id: number, approximate = false): DragSample => ({
      at,
      slider,
      shown,
      id,
      approximate,
    });
    const summary = summarizeDrag({
      samples: [sample(0, 50, null, 0), sample(10, 52, 50, 1), sample(20, 54, 50, 1), sample(30, 56, 55, 3, true), sample(40, 58, 58, 3)],
      releaseToExactMs: 300,
      longestTaskMs: 0,
    });
    expect(summary.facesShown).toBe(3);
    expect(summary.meanTrackingError).toBeCloseTo((2 + 4 + 1 + 0) / 4);
  });
});
