/** Reproducible shuffles, holdout splits and cross-validation folds. */
import { randomInt, randomLcg } from 'd3-random';

/** 0..count−1 in a shuffled order fixed by the seed (Fisher–Yates over d3's seeded LCG). */
export function shuffledIndices(count: number, seed: number): number[] {
  const source = randomLcg(seed);
  const indices = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = randomInt.source(source)(i + 1)();
    [indices[i], indices[j]] = [indices[j]!, indices[i]!];
  }
  return indices;
}

export interface Split {
  train: number[];
  test: number[];
}

/** Holds out round(count · testFraction) items, chosen by the seed. */
export function holdoutSplit(count: number, testFraction: number, seed: number): Split {
  const order = shuffledIndices(count, seed);
  const testCount = Math.round(count * testFraction);
  return { test: order.slice(0, testCount).sort((a, b) => a - b), train: order.slice(testCount).sort((a, b) => a - b) };
}

/** k folds of 0..count−1: each item is in exactly one fold's test part. */
export function kFolds(count: number, k: number, seed: number): Split[] {
  const order = shuffledIndices(count, seed);
  return Array.from({ length: k }, (_, fold) => ({
    test: order.filter((_, i) => i % k === fold).sort((a, b) => a - b),
    train: order.filter((_, i) => i % k !== fold).sort((a, b) => a - b),
  }));
}
