import { describe, expect, it } from 'vitest';
import { symmetricEigen } from './eigen';

describe('symmetricEigen', () => {
  it('finds the eigenpairs of a known symmetric matrix, largest first', () => {
    // [[2,1],[1,2]]: 3 along (1,1)/√2, 1 along (1,−1)/√2.
    const { values, vectors } = symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2);
    expect(values[0]).toBeCloseTo(3, 10);
    expect(values[1]).toBeCloseTo(1, 10);
    expect(Math.abs(vectors[0]![0]! * Math.SQRT1_2 + vectors[0]![1]! * Math.SQRT1_2)).toBeCloseTo(1, 10);
  });

  it('reconstructs a random symmetric matrix from its eigenpairs', () => {
    const n = 12;
    const a = new Float64Array(n * n);
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
    for (let i = 0; i < n; i++) for (let j = i; j < n; j++) a[i * n + j] = a[j * n + i] = rand();
    const { values, vectors } = symmetricEigen(a, n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        let sum = 0;
        for (let k = 0; k < n; k++) sum += values[k]! * vectors[k]![i]! * vectors[k]![j]!;
        expect(sum).toBeCloseTo(a[i * n + j]!, 9);
      }
    }
    for (let k = 1; k < n; k++) expect(values[k]).toBeLessThanOrEqual(values[k - 1]!);
  });
});
