import { describe, expect, it } from 'vitest';
import { playValue } from './sweepMotion';

describe('playValue', () => {
  it('starts at the current value', () => {
    for (const start of [0, 20, 50, 73, 100]) expect(playValue(0, 4000, start)).toBe(start);
  });

  it('reaches both ends within one period and stays in range', () => {
    const values = Array.from({ length: 401 }, (_, i) => playValue(i * 10, 4000, 50));
    expect(Math.min(...values)).toBe(0);
    expect(Math.max(...values)).toBe(100);
  });
});
