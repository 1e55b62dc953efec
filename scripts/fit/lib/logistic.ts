/** L2-penalised logistic regression by Newton's method (IRLS); 512 features need no SGD. */
import { solveSpd, times, transposeTimes, weightedGram, withOnesColumn, type Matrix } from './matrix';
import type { LinearModel } from './ridge';

export interface LogisticFit extends LinearModel {
  iterations: number;
  converged: boolean;
}

export function sigmoid(t: number): number {
  return t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t));
}

/** Σ log-loss + (λ/2)‖w‖², the objective; log1p(exp) written to stay finite for large |t|. */
function penalisedLoss(x: Matrix, y: ArrayLike<number>, w: Float64Array, b: number, lambda: number): number {
  const t = times(x, w, b);
  let loss = 0;
  for (let i = 0; i < x.rows; i++) {
    const ti = t[i]!;
    const softplus = ti > 0 ? ti + Math.log1p(Math.exp(-ti)) : Math.log1p(Math.exp(ti));
    loss += softplus - y[i]! * ti;
  }
  for (let j = 0; j < w.length; j++) loss += (lambda / 2) * w[j]! * w[j]!;
  return loss;
}

/**
 * Minimises Σ log-loss + (λ/2)‖w‖² for labels y ∈ {0, 1}; the intercept is unpenalised. λ > 0
 * keeps the problem strictly convex, so Newton converges even when the classes separate.
 */
export function fitLogistic(
  x: Matrix,
  y: ArrayLike<number>,
  lambda: number,
  options: { maxIterations?: number; tolerance?: number; start?: LinearModel } = {},
): LogisticFit {
  if (y.length !== x.rows) throw new Error(`${x.rows} rows but ${y.length} labels`);
  if (!(lambda > 0)) throw new Error('logistic regression needs λ > 0');
  const d = x.cols;
  const size = d + 1; // weights then intercept
  const maxIterations = options.maxIterations ?? 50;
  const tolerance = options.tolerance ?? 1e-8;
  let w = Float64Array.from(options.start?.weights ?? new Float64Array(d));
  let b = options.start?.intercept ?? 0;
  let loss = penalisedLoss(x, y, w, b, lambda);
  const augmented = withOnesColumn(x);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const p = times(x, w, b).map(sigmoid);
    const hessian = weightedGram(
      augmented,
      p.map((pi) => pi * (1 - pi)),
    );
    const gradient = transposeTimes(
      augmented,
      p.map((pi, i) => pi - y[i]!),
    );
    for (let j = 0; j < d; j++) {
      gradient[j]! += lambda * w[j]!;
      hessian[j * size + j]! += lambda;
    }
    const step = solveSpd(hessian, gradient, size);
    // Step halving guards against the rare overshoot of a full Newton step far from the optimum.
    let scale = 1;
    let next = { w, b, loss };
    for (let halvings = 0; halvings < 30; halvings++, scale /= 2) {
      const candidateW = w.map((v, j) => v - scale * step[j]!);
      const candidateB = b - scale * step[d]!;
      const candidateLoss = penalisedLoss(x, y, candidateW, candidateB, lambda);
      if (candidateLoss <= loss) {
        next = { w: candidateW, b: candidateB, loss: candidateLoss };
        break;
      }
    }
    const decrease = loss - next.loss;
    ({ w, b, loss } = next);
    if (decrease <= tolerance * (1 + Math.abs(loss))) return { weights: w, intercept: b, iterations: iteration, converged: true };
  }
  return { weights: w, intercept: b, iterations: maxIterations, converged: false };
}
