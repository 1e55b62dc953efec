/**
 * Fits one attribute's latent direction: λ by k-fold cross-validation on the training rows, a
 * fit on the training rows scored on the held-out rows, and a refit on all rows for the stored
 * direction (so the reported metrics are, if anything, slightly pessimistic).
 */
import { fitLogistic, sigmoid } from './logistic';
import { selectRows, times, unitVector, type Matrix } from './matrix';
import { accuracy, logLoss, meanSquaredError, rSquared, rocAuc } from './metrics';
import { fitRidgePath, type LinearModel } from './ridge';
import { kFolds, type Split } from './split';

export type FitKind = 'logistic' | 'ridge';

export interface FitOptions {
  /** λ candidates, as multiples of the number of training rows (so they scale with n). */
  lambdaFactors: readonly number[];
  folds: number;
  seed: number;
}

export const DEFAULT_FIT_OPTIONS: FitOptions = { lambdaFactors: [0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10], folds: 5, seed: 1 };

export type HeldOutMetrics =
  | { kind: 'logistic'; accuracy: number; auc: number; logLoss: number; positiveFraction: number; nTrain: number; nTest: number }
  | { kind: 'ridge'; rSquared: number; rmse: number; targetStd: number; nTrain: number; nTest: number };

export interface AttributeFit {
  kind: FitKind;
  lambda: number;
  /** The refit on every row: unit direction (+ = more of the target) and the raw model. */
  direction: Float64Array;
  model: LinearModel;
  /** Target change per latent unit along `direction`: years, degrees, or log-odds. */
  effectPerUnit: number;
  heldOut: HeldOutMetrics;
  /** Cosine between the training-rows direction and the stored all-rows direction. */
  stability: number;
}

function fitPath(kind: FitKind, x: Matrix, y: ArrayLike<number>, lambdas: readonly number[]): LinearModel[] {
  if (kind === 'ridge') return fitRidgePath(x, y, lambdas);
  // Warm starts along the λ path: each fit starts from the previous optimum, a few steps away.
  const models: LinearModel[] = [];
  for (const lambda of lambdas) models.push(fitLogistic(x, y, lambda, { start: models.at(-1) }));
  return models;
}

function predict(kind: FitKind, model: LinearModel, x: Matrix): Float64Array {
  const scores = times(x, model.weights, model.intercept);
  return kind === 'logistic' ? scores.map(sigmoid) : scores;
}

function loss(kind: FitKind, predictions: Float64Array, y: ArrayLike<number>): number {
  return kind === 'logistic' ? logLoss(predictions, y) : meanSquaredError(predictions, y);
}

function pick(values: ArrayLike<number>, rows: readonly number[]): Float64Array {
  return Float64Array.from(rows, (i) => values[i]!);
}

export function chooseLambda(kind: FitKind, x: Matrix, y: ArrayLike<number>, options: FitOptions): number {
  const lambdas = options.lambdaFactors.map((f) => f * x.rows);
  const totals = new Float64Array(lambdas.length);
  for (const fold of kFolds(x.rows, options.folds, options.seed)) {
    const models = fitPath(kind, selectRows(x, fold.train), pick(y, fold.train), lambdas);
    const testX = selectRows(x, fold.test);
    const testY = pick(y, fold.test);
    models.forEach((model, k) => (totals[k]! += loss(kind, predict(kind, model, testX), testY)));
  }
  return lambdas[totals.indexOf(Math.min(...totals))]!;
}

function heldOutMetrics(kind: FitKind, model: LinearModel, testX: Matrix, testY: Float64Array, nTrain: number): HeldOutMetrics {
  const predictions = predict(kind, model, testX);
  if (kind === 'logistic') {
    const positives = testY.reduce((n, v) => n + v, 0);
    return {
      kind,
      accuracy: accuracy(predictions, testY),
      auc: rocAuc(predictions, testY),
      logLoss: logLoss(predictions, testY),
      positiveFraction: positives / testY.length,
      nTrain,
      nTest: testY.length,
    };
  }
  const mean = testY.reduce((s, v) => s + v, 0) / testY.length;
  const variance = testY.reduce((s, v) => s + (v - mean) ** 2, 0) / testY.length;
  return {
    kind,
    rSquared: rSquared(predictions, testY),
    rmse: Math.sqrt(meanSquaredError(predictions, testY)),
    targetStd: Math.sqrt(variance),
    nTrain,
    nTest: testY.length,
  };
}

export function fitAttribute(
  kind: FitKind,
  x: Matrix,
  y: ArrayLike<number>,
  split: Split,
  options: FitOptions = DEFAULT_FIT_OPTIONS,
): AttributeFit {
  if (y.length !== x.rows) throw new Error(`${x.rows} latents but ${y.length} targets`);
  const trainX = selectRows(x, split.train);
  const trainY = pick(y, split.train);
  const lambdaFactor = chooseLambda(kind, trainX, trainY, options) / trainX.rows;
  const [trainModel] = fitPath(kind, trainX, trainY, [lambdaFactor * trainX.rows]);
  const heldOut = heldOutMetrics(kind, trainModel!, selectRows(x, split.test), pick(y, split.test), split.train.length);
  const lambda = lambdaFactor * x.rows;
  const [model] = fitPath(kind, x, y, [lambda]);
  const direction = unitVector(model!.weights);
  const trainDirection = unitVector(trainModel!.weights);
  const stability = direction.reduce((s, v, j) => s + v * trainDirection[j]!, 0);
  const effectPerUnit = model!.weights.reduce((s, v, j) => s + v * direction[j]!, 0);
  return { kind, lambda, direction, model: model!, effectPerUnit, heldOut, stability };
}
