import { describe, expect, it } from 'vitest';
import { loadCatalogue, translateText } from '../i18n/catalogue';
import { describeEntanglement, entanglement, formatCosine, strongestPair } from './entanglement';

/** Unit vectors in 3-D at chosen cosines: smiling·male = −0.6, young·smiling = 0.3, young·male = 0. */
const young = Float32Array.from([1, 0, 0]);
const smiling = Float32Array.from([0.3, -0.6, Math.sqrt(1 - 0.09 - 0.36)]);
const male = Float32Array.from([0, 1, 0]);
const attributes = [
  { id: 'young', label: 'Young', direction: young },
  { id: 'smiling', label: 'Smiling', direction: smiling },
  { id: 'male', label: 'Male', direction: male },
];

describe('entanglement', () => {
  it('holds the cosines between the fitted directions, symmetric with a unit diagonal', () => {
    const e = entanglement(attributes, new Set());
    expect(e.ids).toEqual(['young', 'smiling', 'male']);
    expect(e.cells[0]![0]).toEqual({ cos: 1, raw: 1 });
    expect(e.cells[1]![2]!.cos).toBeCloseTo(-0.6, 6);
    expect(e.cells[2]![1]!.cos).toBeCloseTo(-0.6, 6);
    expect(e.cells[0]![1]!.cos).toBeCloseTo(0.3, 6);
    for (const row of e.cells) for (const cell of row) expect(cell.cos).toBeCloseTo(cell.raw, 6);
  });

  it('shows a lock taking the locked direction out of the others', () => {
    const e = entanglement(attributes, new Set(['male']));
    expect(e.locked).toEqual([false, false, true]);
    expect(e.cells[1]![2]!.cos).toBeCloseTo(0, 6);
    expect(e.cells[1]![2]!.raw).toBeCloseTo(-0.6, 6);
    // Smiling without its male part leans further toward Young: 0.3 / sqrt(1 − 0.36).
    expect(e.cells[0]![1]!.cos).toBeCloseTo(0.3 / 0.8, 5);
  });

  it('finds and words the strongest pair', async () => {
    const e = entanglement(attributes, new Set());
    expect(strongestPair(e)).toMatchObject({ a: 1, b: 2 });
    expect(describeEntanglement(e)).toMatchObject({
      key: 'report.entanglement.overlap',
      params: { cos: { decimal: '−0.60' }, effect: { key: 'report.entanglement.lowers' } },
    });
    expect(translateText('en', describeEntanglement(e))).toBe(
      'Smiling and Male directions overlap most (cos −0.60): raising one lowers the other.',
    );
    const locked = entanglement(attributes, new Set(['male']));
    expect(describeEntanglement(locked).key).toBe('report.entanglement.lockedOverlap');
    expect(translateText('en', describeEntanglement(locked))).toBe(
      'With Male locked, Young and Smiling directions overlap most (cos 0.38): raising one raises the other.',
    );
    await loadCatalogue('de');
    expect(translateText('de', describeEntanglement(locked))).toBe(
      'Mit Männlich gesperrt überlappen die Richtungen von Jung und Lächelnd am stärksten (cos 0,38): hebt man eine an, steigt auch die andere.',
    );
  });

  it('calls small overlaps independent, and handles a single direction', () => {
    const orthogonal = entanglement(
      [
        { id: 'a', label: 'A', direction: Float32Array.from([1, 0]) },
        { id: 'b', label: 'B', direction: Float32Array.from([0.05, Math.sqrt(1 - 0.0025)]) },
      ],
      new Set(),
    );
    expect(translateText('en', describeEntanglement(orthogonal))).toBe(
      'The directions are nearly independent: the largest overlap is A and B (cos 0.05).',
    );
    expect(describeEntanglement(entanglement([attributes[0]!], new Set()))).toEqual({ key: 'report.entanglement.single' });
  });

  it('formats cosines with a typographic minus and no "-0.00"', () => {
    expect(formatCosine(-0.421)).toBe('−0.42');
    expect(formatCosine(-0.001)).toBe('0.00');
  });
});
