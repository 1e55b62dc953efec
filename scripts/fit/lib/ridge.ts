/** Ridge (L2-penalised least squares) regression by the normal equations. */
import { columnMeans, solveSpd, transposeTimes, weightedGram, type Matrix } from './matrix';

export interface LinearModel {
  weights: Float64Array;
  intercept: number;
}

/**
 * Minimises Σ (y − Xw − b)² + λ‖w‖². Centring X and y first leaves the intercept unpenalised,
 * so the fit does not depend on where the target's zero is.
 */
export function fitRidge(x: Matrix, y: ArrayLike<number>, lambda: number): LinearModel {
  return fitRidgePath(x, y, [lambda])[0]!;
}

/** One fit per λ; the n·d² Gram matrix is built once and shared, only the d³ solves repeat. */
export function fitRidgePath(x: Matrix, y: ArrayLike<number>, lambdas: readonly number[]): LinearModel[] {
  if (y.length !== x.rows) throw new Error(`${x.rows} rows but ${y.length} targets`);
  const means = columnMeans(x);
  let yMean = 0;
  for (let i = 0; i < y.length; i++) yMean += y[i]!;
  yMean /= y.length;
  const gram = weightedGram(x, undefined, means);
  const moment = transposeTimes(
    x,
    Float64Array.from(y, (v) => v - yMean),
    means,
  );
  return lambdas.map((lambda) => {
    const penalised = gram.slice();
    for (let j = 0; j < x.cols; j++) penalised[j * x.cols + j]! += lambda;
    const weights = solveSpd(penalised, moment, x.cols);
    let intercept = yMean;
    for (let j = 0; j < x.cols; j++) intercept -= means[j]! * weights[j]!;
    return { weights, intercept };
  });
}
