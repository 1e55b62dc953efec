import { describe, expect, it } from 'vitest';
import { MISSED_FACE } from './faceMeasurer';
import { formatChange, formatReading, READINGS, readingSpec, topExpression } from './readings';
import { fakeFace } from './sweepFixtures';

describe('readings', () => {
  it('reads every value off a found face and nothing off a missed one', () => {
    const face = fakeFace({ age: 41, pMale: 0.8, pHappy: 0.7, skinL: 63, yaw: -12 });
    expect(READINGS.map((r) => r.read(face))).toEqual([41, 0.8, 0.7, 63, -12]);
    expect(READINGS.map((r) => r.read(MISSED_FACE))).toEqual([null, null, null, null, null]);
  });

  it('formats values and signed changes with a typographic minus and no "-0"', () => {
    expect(formatReading(readingSpec('age'), 34.26)).toBe('34.3 years');
    expect(formatReading(readingSpec('skinL'), 67.6)).toBe('68');
    expect(formatReading(readingSpec('yaw'), -4.6)).toBe('−5°');
    expect(formatReading(readingSpec('yaw'), -0.2)).toBe('0°');
    expect(formatChange(readingSpec('pMale'), -0.314)).toBe('−0.31');
    expect(formatChange(readingSpec('skinL'), 9.2)).toBe('+9');
    expect(formatChange(readingSpec('pHappy'), -0.001)).toBe('0.00');
  });

  it('names the most likely expression', () => {
    expect(topExpression({ neutral: 0.2, happy: 0.7, sad: 0.05, angry: 0, fearful: 0, disgusted: 0, surprised: 0.05 })).toEqual({
      name: 'happy',
      p: 0.7,
    });
  });

  it('defines each threshold once, positive', () => {
    expect(new Set(READINGS.map((r) => r.id)).size).toBe(READINGS.length);
    for (const r of READINGS) expect(r.threshold).toBeGreaterThan(0);
  });
});
