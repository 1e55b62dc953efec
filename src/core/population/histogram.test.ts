import { describe, expect, it } from 'vitest';
import { loadCatalogue, translateText, type Message } from '../../i18n/catalogue';
import { AGE_BINS, binIndex, binLabels, histogram, YAW_BINS } from './histogram';

describe('histogram binning', () => {
  it('puts a value on a bound into the bin that starts there', () => {
    expect(binIndex(9.999, AGE_BINS)).toBe(0);
    expect(binIndex(10, AGE_BINS)).toBe(1);
    expect(binIndex(69.9, AGE_BINS)).toBe(6);
    expect(binIndex(70, AGE_BINS)).toBe(7);
  });

  it('opens the end bins, so every finite value is counted once', () => {
    expect(binIndex(-3, AGE_BINS)).toBe(0);
    expect(binIndex(120, AGE_BINS)).toBe(7);
    expect(binIndex(-80, YAW_BINS)).toBe(0);
    expect(binIndex(-30, YAW_BINS)).toBe(1);
    expect(binIndex(0, YAW_BINS)).toBe(4);
    expect(binIndex(-0.1, YAW_BINS)).toBe(3);
    const values = [-5, 0, 12, 19.99, 20, 35, 71, 99];
    const counts = histogram(values, AGE_BINS);
    expect(counts).toEqual([2, 2, 1, 1, 0, 0, 0, 2]);
    expect(counts.reduce((a, b) => a + b)).toBe(values.length);
  });

  it('skips values that are not finite and refuses to bin one alone', () => {
    expect(histogram([NaN, Infinity, 30], AGE_BINS)).toEqual([0, 0, 0, 1, 0, 0, 0, 0]);
    expect(() => binIndex(NaN, AGE_BINS)).toThrow();
  });

  it('labels bins as people read them', async () => {
    await loadCatalogue('es');
    const words = (labels: Message[], locale: 'en' | 'es' = 'en') => labels.map((m) => translateText(locale, m));
    expect(binLabels(AGE_BINS)[1]).toEqual({ key: 'report.bin.whole', params: { low: '10', high: '19' } });
    expect(words(binLabels(AGE_BINS))).toEqual(['< 10', '10–19', '20–29', '30–39', '40–49', '50–59', '60–69', '70+']);
    expect(binLabels(YAW_BINS)[1]).toEqual({ key: 'report.bin.range', params: { low: '−30', high: '−20' } });
    expect(words(binLabels(YAW_BINS))).toEqual([
      '< −30',
      '−30 to −20',
      '−20 to −10',
      '−10 to 0',
      '0 to 10',
      '10 to 20',
      '20 to 30',
      '≥ 30',
    ]);
    expect(words(binLabels(YAW_BINS), 'es')[1]).toBe('−30 a −20');
  });
});
