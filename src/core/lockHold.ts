/**
 * Locks that hold per face. A lock by projection (directionMath.effectiveDirections) holds the
 * locked attribute's *linear* score, which is the classifier's reading only on average; on a
 * given face the reading still drifts. When the face rests, this corrects the latent along the
 * locked attributes' unit directions with a few quasi-Newton steps on the measured readings,
 * until each locked reading is back within its tolerance of its target, or the step budget is
 * spent. Pure and injectable: `measure` draws and measures a latent (in the app, the engine's
 * generator and face-api); `isSuperseded` stops it as soon as newer input arrived.
 *
 * The solver works in tolerance units (e = (reading − target) / tolerance, held when |e| ≤ 1)
 * so readings in years, degrees and probabilities weigh alike. Its Jacobian starts from a slope
 * guess per reading when the caller has one (the slider calibration), else from one forward
 * difference per locked direction, and is refined by Broyden's secant update after each step.
 */
import { Bracket, broydenUpdate, limitLength, solveStep, type Try } from './lockHoldSteps';
import type { ReadingId } from './measure/readings';

/**
 * How close a held reading must stay to its target. About a third of the reading's side-effect
 * threshold (readings.ts: 0.15, 5 years, 4 L*, 5°), so a held lock is never flagged as a side effect,
 * and above what face-api reads differently between two faces no one could tell apart (a slider
 * step or two: about ±0.02 in a probability, ±1 year, ±1–2 L* and ±1–2° of yaw on the fit's faces),
 * so the solver is not asked to chase the classifiers' jitter.
 */
export const LOCK_TOLERANCES: Readonly<Record<ReadingId, number>> = {
  pMale: 0.05,
  pHappy: 0.05,
  age: 2,
  skinL: 3,
  yaw: 3,
};

export type Readings = Readonly<Record<string, number | null>>;

export interface HeldLock {
  /** The reading this lock holds, a key of what `measure` returns. */
  reading: string;
  /** Unit latent direction the correction moves along (the locked attribute's direction). */
  direction: Float32Array;
  /** The reading's value the lock promises to keep. */
  target: number;
  /** Held when |reading − target| ≤ tolerance. */
  tolerance: number;
  /**
   * 'logit' for a probability: the solver steps on logit(reading), which a classifier's output
   * follows far more linearly than the probability itself (face-api's P(male) can jump from 0.1
   * to 0.9 within a fifth of a slider, where a step on the probability overshoots).
   */
  scale?: 'linear' | 'logit';
  /** d(reading on its scale)/d(latent offset along `direction`) near `value`, if the caller can guess it. */
  slopeGuess?: (value: number) => number;
}

export interface LockHoldConfig {
  /** Quasi-Newton steps after the start (each costs one face and one measuring). */
  maxSteps: number;
  /** Latent offset of a forward-difference probe; about 6 slider points on the fitted directions. */
  probeStep: number;
  /** Longest single step, in latent units (a slider's whole range is about 4.6). */
  maxStep: number;
  /** Longest total correction from the start latent, so a hopeless lock cannot fling the face away. */
  maxTotal: number;
  /** Ridge on the normal equations, relative to their mean diagonal, for near-flat readings. */
  ridge: number;
}

export const DEFAULT_LOCK_HOLD_CONFIG: LockHoldConfig = { maxSteps: 4, probeStep: 0.3, maxStep: 1.2, maxTotal: 2.5, ridge: 1e-3 };

export interface LockStatus {
  reading: string;
  held: boolean;
  /** The reading of the returned latent, null when no face was found. */
  value: number | null;
  /** value − target; null when no face was found. */
  residual: number | null;
}

export type LockHoldOutcome =
  | { superseded: true; measures: number }
  | { superseded: false; latent: Float32Array; statuses: LockStatus[]; measures: number; readings: Readings | null };

export type MeasureLatent = (latent: Float32Array) => Promise<Readings | null>;

/** A try: `errors` are what the solver zeroes, (reading − target) on each lock's scale, in tolerances. */
interface Point extends Try {
  readings: Readings;
  /** (reading − target) / tolerance: held when every |miss| ≤ 1. */
  misses: number[];
}

const PROBABILITY_CLAMP = 1e-4;
const logit = (p: number) => {
  const q = Math.min(1 - PROBABILITY_CLAMP, Math.max(PROBABILITY_CLAMP, p));
  return Math.log(q / (1 - q));
};

/** A reading on the lock's scale, and the tolerance there (logit's slope at the target). */
function onScale(lock: HeldLock, value: number): number {
  return lock.scale === 'logit' ? logit(value) : value;
}
function toleranceOnScale(lock: HeldLock): number {
  if (lock.scale !== 'logit') return lock.tolerance;
  const t = Math.min(0.98, Math.max(0.02, lock.target));
  return lock.tolerance / (t * (1 - t));
}

export async function holdLocks(
  start: Float32Array,
  locks: readonly HeldLock[],
  measure: MeasureLatent,
  isSuperseded: () => boolean,
  options: { startReadings?: Readings | null; config?: Partial<LockHoldConfig> } = {},
): Promise<LockHoldOutcome> {
  const config = { ...DEFAULT_LOCK_HOLD_CONFIG, ...options.config };
  const k = locks.length;
  let measures = 0;
  const latentAt = (offsets: number[]) => {
    const z = Float32Array.from(start);
    offsets.forEach((o, j) => {
      const d = locks[j]!.direction;
      for (let i = 0; i < z.length; i++) z[i]! += o * d[i]!;
    });
    return z;
  };
  /** Measures at `offsets`; undefined when superseded, null when the face or a held reading was not found. */
  const evaluate = async (offsets: number[]): Promise<Point | null | undefined> => {
    if (isSuperseded()) return undefined;
    measures++;
    const readings = await measure(latentAt(offsets));
    if (isSuperseded()) return undefined;
    return pointFrom(offsets, readings, locks);
  };

  const zero = new Array<number>(k).fill(0);
  const first = options.startReadings !== undefined ? pointFrom(zero, options.startReadings, locks) : await evaluate(zero);
  if (first === undefined) return { superseded: true, measures };
  if (first === null || worst(first) <= 1) return finish(start, first, locks, measures, options.startReadings ?? null);

  let best = first;
  let current = first;
  const jacobian = await startJacobian(first, locks, config.probeStep, evaluate);
  if (jacobian === undefined) return { superseded: true, measures };
  let trust = config.maxStep;
  const bracket = new Bracket();
  bracket.add(first);
  for (let step = 0; step < config.maxSteps && worst(best) > 1; step++) {
    let delta = limitLength(solveStep(jacobian, current.errors, config.ridge), trust);
    const target = bracket.inside(
      limitLength(
        current.offsets.map((o, j) => o + delta[j]!),
        config.maxTotal,
      ),
    );
    delta = target.map((o, j) => o - current.offsets[j]!);
    if (delta.every((d) => Math.abs(d) < 1e-6)) break;
    const next = await evaluate(target);
    if (next === undefined) return { superseded: true, measures };
    if (next === null) {
      trust /= 2;
      continue;
    }
    broydenUpdate(jacobian, delta, next.errors, current.errors);
    bracket.add(next);
    if (worst(next) < worst(best)) best = next;
    if (worst(next) < worst(current)) current = next;
    else trust /= 2;
  }
  return finish(latentAt(best.offsets), best, locks, measures, best.readings);
}

function pointFrom(offsets: number[], readings: Readings | null, locks: readonly HeldLock[]): Point | null {
  if (!readings) return null;
  const errors: number[] = [];
  const misses: number[] = [];
  for (const lock of locks) {
    const value = readings[lock.reading];
    if (value === null || value === undefined) return null;
    errors.push((onScale(lock, value) - onScale(lock, lock.target)) / toleranceOnScale(lock));
    misses.push((value - lock.target) / lock.tolerance);
  }
  return { offsets, readings, errors, misses };
}

function finish(
  latent: Float32Array,
  point: Point | null,
  locks: readonly HeldLock[],
  measures: number,
  readings: Readings | null,
): LockHoldOutcome {
  const statuses = locks.map((lock, j): LockStatus => {
    if (!point) return { reading: lock.reading, held: false, value: null, residual: null };
    const value = point.readings[lock.reading]!;
    return { reading: lock.reading, held: Math.abs(point.misses[j]!) <= 1, value, residual: value - lock.target };
  });
  return { superseded: false, latent, statuses, measures, readings: point?.readings ?? readings };
}

function worst(point: Point): number {
  return Math.max(0, ...point.misses.map(Math.abs));
}

/** k×k, row = reading, column = direction, in tolerance units per latent unit. */
async function startJacobian(
  at: Point,
  locks: readonly HeldLock[],
  probeStep: number,
  evaluate: (offsets: number[]) => Promise<Point | null | undefined>,
): Promise<number[][] | undefined> {
  const k = locks.length;
  const jacobian = locks.map(() => new Array<number>(k).fill(0));
  for (let j = 0; j < k; j++) {
    const lock = locks[j]!;
    const guess = lock.slopeGuess?.(at.readings[lock.reading]!);
    if (guess !== undefined && Number.isFinite(guess) && guess !== 0) {
      jacobian[j]![j] = guess / toleranceOnScale(lock);
      continue;
    }
    const offsets = at.offsets.map((o, i) => (i === j ? o + probeStep : o));
    const probe = await evaluate(offsets);
    if (probe === undefined) return undefined;
    if (probe === null) continue;
    for (let i = 0; i < k; i++) jacobian[i]![j] = (probe.errors[i]! - at.errors[i]!) / probeStep;
  }
  return jacobian;
}
