import { describe, expect, it } from 'vitest';
import { facesForHalfWidth, wilsonInterval } from './wilson';

describe('wilsonInterval', () => {
  it('matches published values', () => {
    // Newcombe (1998), Statistics in Medicine 17:857, table I: 81/263 → 0.2553–0.3662; 15/148 → 0.0624–0.1605.
    const a = wilsonInterval(81, 263);
    expect(a.low).toBeCloseTo(0.2553, 4);
    expect(a.high).toBeCloseTo(0.3662, 4);
    const b = wilsonInterval(15, 148);
    expect(b.low).toBeCloseTo(0.0624, 4);
    expect(b.high).toBeCloseTo(0.1605, 4);
  });

  it('stays inside 0…1 at the extremes, where the normal approximation would not', () => {
    const none = wilsonInterval(0, 10);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.2775, 4);
    const all = wilsonInterval(10, 10);
    expect(all.high).toBe(1);
    expect(all.low).toBeCloseTo(0.7225, 4);
  });

  it('narrows as n grows and always contains the share', () => {
    const small = wilsonInterval(25, 50);
    const large = wilsonInterval(250, 500);
    expect(large.high - large.low).toBeLessThan(small.high - small.low);
    for (const s of [small, large]) expect(s.low <= s.share && s.share <= s.high).toBe(true);
  });

  it('says nothing is known without faces, and refuses impossible counts', () => {
    expect(wilsonInterval(0, 0)).toMatchObject({ low: 0, high: 1 });
    expect(Number.isNaN(wilsonInterval(0, 0).share)).toBe(true);
    expect(() => wilsonInterval(5, 4)).toThrow(/0 ≤ count ≤ n/);
    expect(() => wilsonInterval(1.5, 4)).toThrow();
  });
});

describe('facesForHalfWidth', () => {
  it('gives the textbook sample sizes', () => {
    expect(facesForHalfWidth(0.05)).toBe(385);
    expect(facesForHalfWidth(0.1)).toBe(97);
    expect(facesForHalfWidth(0.05, 0.1)).toBe(139);
  });
});
