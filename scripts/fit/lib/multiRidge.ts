/** Ridge regression onto many targets at once (e.g. a 128-d face descriptor) sharing one Gram matrix. */
import { cholesky, columnMeans, solveCholesky, weightedGram, type Matrix } from './matrix';

/** A linear map x ↦ Wx + b onto `outputs` targets; W is outputs × inputs, row major. */
export interface MultiLinearModel {
  inputs: number;
  outputs: number;
  weights: Float64Array;
  intercepts: Float64Array;
  /** The training inputs' and targets' means (a reduced-rank map keeps predicting ȳ at x̄). */
  xMeans: Float64Array;
  yMeans: Float64Array;
}

/**
 * One fit per λ of every column of `y` (rows = samples) on `x`, each minimising
 * Σ (y − Xw − b)² + λ‖w‖² with X and y centred (unpenalised intercepts), as fitRidge does per
 * target. The n·d² Gram matrix is built once, one Cholesky per λ serves every target.
 */
export function fitMultiRidge(x: Matrix, y: Matrix, lambdas: readonly number[]): MultiLinearModel[] {
  if (y.rows !== x.rows) throw new Error(`${x.rows} rows but ${y.rows} targets`);
  const d = x.cols;
  const m = y.cols;
  const xMeans = columnMeans(x);
  const yMeans = columnMeans(y);
  const gram = weightedGram(x, undefined, xMeans);
  // Xcᵀ Yc, one column per target.
  const moments = Array.from({ length: m }, () => new Float64Array(d));
  for (let i = 0; i < x.rows; i++) {
    for (let t = 0; t < m; t++) {
      const yc = y.data[i * m + t]! - yMeans[t]!;
      const moment = moments[t]!;
      for (let j = 0; j < d; j++) moment[j]! += (x.data[i * d + j]! - xMeans[j]!) * yc;
    }
  }
  return lambdas.map((lambda) => {
    const penalised = gram.slice();
    for (let j = 0; j < d; j++) penalised[j * d + j]! += lambda;
    const factor = cholesky(penalised, d);
    const weights = new Float64Array(m * d);
    const intercepts = new Float64Array(m);
    for (let t = 0; t < m; t++) {
      const w = solveCholesky(factor, moments[t]!, d);
      weights.set(w, t * d);
      let b = yMeans[t]!;
      for (let j = 0; j < d; j++) b -= xMeans[j]! * w[j]!;
      intercepts[t] = b;
    }
    return { inputs: d, outputs: m, weights, intercepts, xMeans, yMeans };
  });
}

/** Mean over rows of the squared Euclidean error ‖Wx + b − y‖². */
export function meanSquaredError(model: MultiLinearModel, x: Matrix, y: Matrix): number {
  let total = 0;
  for (let i = 0; i < x.rows; i++) {
    for (let t = 0; t < model.outputs; t++) {
      let p = model.intercepts[t]!;
      for (let j = 0; j < model.inputs; j++) p += model.weights[t * model.inputs + j]! * x.data[i * x.cols + j]!;
      total += (p - y.data[i * y.cols + t]!) ** 2;
    }
  }
  return total / x.rows;
}
