import { describe, expect, it } from 'vitest';
import { formatTable, median, percentile } from './benchStats';

describe('bench statistics', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile([5], 95)).toBe(5);
    expect(percentile([1, 2, 3], 95)).toBe(3);
  });

  it('prints a row per backend, with dashes for what was not measured', () => {
    const table = formatTable([
      {
        backend: 'wasm',
        coldStartMs: 5300,
        fetchMs: 700,
        buildMs: 1100,
        warmUpMs: 3500,
        frameMs: [2300, 2400],
        modelBytes: 45.9e6,
        otherBytes: 3.6e6,
        hdMs: [900, 1000],
        hdBytes: 479_508,
      },
      { backend: 'cpu', frameMs: [], note: 'skipped' },
    ]);
    expect(table).toContain('| wasm | 5.3 | 0.7 | 1.1 | 3.5 | 2 | 2350 | 2400 | 45.9 | 3.6 | 950 (2) | 0.48 |  |');
    expect(table).toContain('| cpu | – | – | – | – | 0 | – | – | – | – | – | – | skipped |');
  });
});
