import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent } from './numbers';

describe('locale numbers', () => {
  it('writes decimals with the locale’s separator', () => {
    expect(formatNumber('en', 1.25, 1)).toBe('1.3');
    expect(formatNumber('de', 1.25, 1)).toBe('1,3');
    expect(formatNumber('es', 0.5, 2)).toBe('0,50');
  });

  it('groups no digits unless asked, so seeds read as typed', () => {
    expect(formatNumber('en', 4294967295)).toBe('4294967295');
    expect(formatNumber('de', 12345, 0, true)).toBe('12.345');
  });

  it('writes percentages the locale’s way', () => {
    expect(formatPercent('en', 0.425, 1)).toBe('42.5%');
    // German and Spanish put a (non-breaking) space before the sign.
    expect(formatPercent('de', 0.425, 1)).toBe('42,5\u00a0%');
    expect(formatPercent('es', 0.42)).toBe('42\u00a0%');
  });
});
