import { describe, expect, it } from 'vitest';
import { latentForSliders, sliderOffset, type SliderAttribute } from './attributes';
import { dot } from './directionMath';

const attribute = (id: string, direction: number[], advanced = false): SliderAttribute => ({
  id,
  label: id,
  direction: Float32Array.from(direction),
  offsetAt0: -2,
  offsetAt100: 3,
  advanced,
});

describe('sliderOffset', () => {
  it('maps 0, 50 and 100 to the calibrated ends and the unchanged face', () => {
    const a = attribute('x', [1]);
    expect(sliderOffset(0, a)).toBe(-2);
    expect(sliderOffset(50, a)).toBe(0);
    expect(sliderOffset(100, a)).toBe(3);
    expect(sliderOffset(75, a)).toBe(1.5);
    expect(sliderOffset(25, a)).toBe(-1);
  });

  it('clamps values outside 0…100', () => {
    const a = attribute('x', [1]);
    expect(sliderOffset(-40, a)).toBe(-2);
    expect(sliderOffset(400, a)).toBe(3);
  });
});

describe('latentForSliders', () => {
  const smiling = attribute('smiling', [Math.SQRT1_2, Math.SQRT1_2, 0]);
  const male = attribute('male', [0, 1, 0]);
  const base = Float32Array.from([0.1, 0.2, 0.3]);

  it('returns the base latent with every slider at 50', () => {
    expect(latentForSliders(base, [smiling, male], {}, new Set())).toEqual(base);
  });

  it('moves the male score with Smiling when unlocked, and not when Male is locked', () => {
    const free = latentForSliders(base, [smiling, male], { smiling: 100 }, new Set());
    const held = latentForSliders(base, [smiling, male], { smiling: 100 }, new Set(['male']));
    expect(dot(free, male.direction) - dot(base, male.direction)).toBeGreaterThan(1);
    expect(dot(held, male.direction)).toBeCloseTo(dot(base, male.direction), 5);
    expect(dot(held, smiling.direction) - dot(base, smiling.direction)).toBeCloseTo(3, 4);
  });
});
