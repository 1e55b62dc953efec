import { describe, expect, it } from 'vitest';
import { movedValue, stepChoice, visibleAttributes } from './sliderChoice';

const attrs = [
  { id: 'young', advanced: false },
  { id: 'smiling', advanced: false },
  { id: 'skinTone', advanced: true },
  { id: 'headTurn', advanced: true },
];
const ids = (list: { id: string }[]) => list.map((a) => a.id);

describe('visibleAttributes', () => {
  it('hides advanced sliders unless asked for, moved or locked', () => {
    expect(ids(visibleAttributes(attrs, {}, new Set(), false))).toEqual(['young', 'smiling']);
    expect(ids(visibleAttributes(attrs, {}, new Set(), true))).toHaveLength(4);
    expect(ids(visibleAttributes(attrs, { skinTone: 60 }, new Set(['headTurn']), false))).toEqual([
      'young',
      'smiling',
      'skinTone',
      'headTurn',
    ]);
  });
});

describe('stepChoice and movedValue', () => {
  it('steps through the visible sliders, wrapping round', () => {
    expect(stepChoice(['a', 'b', 'c'], 'b', 1)).toBe('c');
    expect(stepChoice(['a', 'b', 'c'], 'c', 1)).toBe('a');
    expect(stepChoice(['a', 'b', 'c'], 'a', -1)).toBe('c');
    expect(stepChoice(['a', 'b'], 'hidden', 1)).toBe('a');
    expect(stepChoice([], 'x', 1)).toBe('x');
  });

  it('moves within 0–100', () => {
    expect(movedValue(50, 10)).toBe(60);
    expect(movedValue(95, 10)).toBe(100);
    expect(movedValue(3, -10)).toBe(0);
  });
});
