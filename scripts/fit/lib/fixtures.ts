/** Synthetic latents with a known direction, for the fit tests. */
import { randomLcg, randomNormal } from 'd3-random';
import { unitVector, type Matrix } from './matrix';

export interface SyntheticData {
  x: Matrix;
  trueDirection: Float64Array;
  /** x · trueDirection per row. */
  projections: Float64Array;
  normal: () => number;
}

export function syntheticLatents(rows: number, cols: number, seed: number): SyntheticData {
  const normal = randomNormal.source(randomLcg(seed))(0, 1);
  const data = Float64Array.from({ length: rows * cols }, normal);
  const trueDirection = unitVector(Float64Array.from({ length: cols }, normal));
  const projections = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) projections[i]! += data[i * cols + j]! * trueDirection[j]!;
  }
  return { x: { rows, cols, data }, trueDirection, projections, normal };
}

export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    ab += a[i]! * b[i]!;
    aa += a[i]! * a[i]!;
    bb += b[i]! * b[i]!;
  }
  return ab / Math.sqrt(aa * bb);
}
