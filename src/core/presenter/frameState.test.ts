import { describe, expect, it } from 'vitest';
import { isNeutral, movedSliders } from './frameState';

describe('slider helpers', () => {
  it('tells the face as generated and which sliders moved', () => {
    expect(isNeutral({ smiling: 50, male: 50 })).toBe(true);
    expect(isNeutral({ smiling: 51, male: 50 })).toBe(false);
    expect([...movedSliders({ smiling: 20, male: 50, young: 100 })]).toEqual(['smiling', 'young']);
  });
});
