import { describe, expect, it } from 'vitest';
import { accuracy, logLoss, percentile, rSquared, rocAuc } from './metrics';
import { holdoutSplit, kFolds, shuffledIndices } from './split';

describe('metrics', () => {
  it('computes accuracy at the 0.5 threshold', () => {
    expect(accuracy([0.9, 0.2, 0.6, 0.4], [1, 0, 0, 0])).toBe(0.75);
  });

  it('computes AUC as the chance a positive outranks a negative, ties half', () => {
    expect(rocAuc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBe(0.75);
    expect(rocAuc([1, 2, 3], [0, 1, 1])).toBe(1);
    expect(rocAuc([3, 2, 1], [0, 1, 1])).toBe(0);
    expect(rocAuc([5, 5, 5, 5], [0, 1, 0, 1])).toBe(0.5);
    expect(rocAuc([1, 2], [1, 1])).toBeNaN();
  });

  it('computes R² against the targets’ mean', () => {
    expect(rSquared([1, 2, 3], [1, 2, 3])).toBe(1);
    expect(rSquared([2, 2, 2], [1, 2, 3])).toBe(0);
  });

  it('computes mean log-loss', () => {
    expect(logLoss([0.5, 0.5], [0, 1])).toBeCloseTo(Math.LN2, 12);
  });

  it('interpolates percentiles like numpy', () => {
    expect(percentile([1, 2, 3, 4, 5], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([0, 10], 5)).toBeCloseTo(0.5, 12);
    expect(percentile([4, 0, 10, 2], 100)).toBe(10);
  });
});

describe('splits', () => {
  it('shuffles reproducibly by seed', () => {
    expect(shuffledIndices(10, 7)).toEqual(shuffledIndices(10, 7));
    expect(shuffledIndices(10, 7)).not.toEqual(shuffledIndices(10, 8));
    expect([...shuffledIndices(10, 7)].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('holds out the requested fraction, disjoint from training', () => {
    const { train, test } = holdoutSplit(100, 0.2, 42);
    expect(test).toHaveLength(20);
    expect(train).toHaveLength(80);
    expect(new Set([...train, ...test]).size).toBe(100);
  });

  it('puts every item in exactly one test fold', () => {
    const folds = kFolds(23, 5, 1);
    expect(folds.flatMap((f) => f.test).sort((a, b) => a - b)).toEqual(Array.from({ length: 23 }, (_, i) => i));
    folds.forEach((f) => expect(f.train.length + f.test.length).toBe(23));
  });
});
