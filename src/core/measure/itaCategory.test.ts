import { describe, expect, it } from 'vitest';
import { itaCategory, itaThresholdsText } from './itaCategory';

describe('itaCategory', () => {
  it.each([
    [70, 'very light'],
    [55.1, 'very light'],
    [55, 'light'],
    [45, 'light'],
    [41, 'intermediate'],
    [30, 'intermediate'],
    [28, 'tan'],
    [10.5, 'tan'],
    [10, 'brown'],
    [0, 'brown'],
    [-29.9, 'brown'],
    [-30, 'dark'],
    [-60, 'dark'],
  ])('%s° is %s', (ita, category) => {
    expect(itaCategory(ita)).toBe(category);
  });
});

describe('itaThresholdsText', () => {
  it('states every threshold once, lightest first', () => {
    expect(itaThresholdsText()).toBe('very light > 55° ≥ light > 41° ≥ intermediate > 28° ≥ tan > 10° ≥ brown > −30° ≥ dark');
  });
});
