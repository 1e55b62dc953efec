import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCK_HOLD_CONFIG, holdLocks, type HeldLock, type Readings } from './lockHold';

const SIZE = 8;
const unit = (i: number) => Float32Array.from({ length: SIZE }, (_, j) => (j === i ? 1 : 0));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** A synthetic measurer: P(male) a sigmoid of latent[0] that latent[1] leaks into, age linear in latent[1] and latent[0]. */
function syntheticMeasurer() {
  const calls: Float32Array[] = [];
  const measure = async (z: Float32Array): Promise<Readings> => {
    calls.push(Float32Array.from(z));
    return { pMale: sigmoid(1.5 * z[0]! + 0.4 * z[1]!), age: 40 + 6 * z[1]! - 2 * z[0]! };
  };
  return { measure, calls };
}

const maleLock = (target: number): HeldLock => ({ reading: 'pMale', direction: unit(0), target, tolerance: 0.05 });
const ageLock = (target: number): HeldLock => ({ reading: 'age', direction: unit(1), target, tolerance: 2 });
const never = () => false;

describe('holdLocks', () => {
  it('brings one drifted reading back within its tolerance', async () => {
    const { measure } = syntheticMeasurer();
    const start = new Float32Array(SIZE); // P(male) 0.5, the lock promised 0.8
    const out = await holdLocks(start, [maleLock(0.8)], measure, never);
    if (out.superseded) throw new Error('superseded');
    expect(out.statuses[0]!.held).toBe(true);
    expect(Math.abs(out.statuses[0]!.residual!)).toBeLessThanOrEqual(0.05);
    expect(out.latent[0]).toBeGreaterThan(0.5);
    expect(out.latent.slice(2).every((x) => x === 0)).toBe(true); // only the locked direction moved
  });

  it('holds two coupled readings jointly', async () => {
    const { measure } = syntheticMeasurer();
    const out = await holdLocks(new Float32Array(SIZE), [maleLock(0.3), ageLock(46)], measure, never);
    if (out.superseded) throw new Error('superseded');
    expect(out.statuses.map((s) => s.held)).toEqual([true, true]);
    expect(out.readings!.pMale).toBeCloseTo(0.3, 1);
  });

  it('uses a slope guess instead of a probe when the caller has one', async () => {
    const { measure, calls } = syntheticMeasurer();
    const lock: HeldLock = { ...maleLock(0.7), slopeGuess: (p) => 1.5 * p * (1 - p) };
    const out = await holdLocks(new Float32Array(SIZE), [lock], measure, never);
    if (out.superseded) throw new Error('superseded');
    expect(out.statuses[0]!.held).toBe(true);
    expect(calls.length).toBeLessThanOrEqual(3); // start + at most two steps, no probe
  });

  it('holds a steep classifier probability on the logit scale, from a poor slope guess', async () => {
    // Like face-api's P(male): from 0.001 to 0.999 within a latent unit.
    const measure = async (z: Float32Array): Promise<Readings> => ({ pMale: sigmoid(15 * (z[0]! - 0.5)) });
    const lock: HeldLock = { ...maleLock(0.66), scale: 'logit', slopeGuess: () => 2.2 };
    const out = await holdLocks(new Float32Array(SIZE), [lock], measure, never);
    if (out.superseded) throw new Error('superseded');
    expect(out.statuses[0]!.held).toBe(true);
    expect(out.measures).toBeLessThanOrEqual(1 + DEFAULT_LOCK_HOLD_CONFIG.maxSteps);
  });

  it('reports "could not hold" with the residual when no move along the direction changes the reading', async () => {
    const measure = async (): Promise<Readings> => ({ pMale: 0.2 });
    const out = await holdLocks(new Float32Array(SIZE), [maleLock(0.9)], measure, never);
    if (out.superseded) throw new Error('superseded');
    expect(out.statuses[0]).toEqual({ reading: 'pMale', held: false, value: 0.2, residual: expect.closeTo(-0.7, 6) });
  });

  it('reports "could not hold" when the target lies beyond the largest correction allowed', async () => {
    const { measure, calls } = syntheticMeasurer();
    const out = await holdLocks(new Float32Array(SIZE), [ageLock(80)], measure, never);
    if (out.superseded) throw new Error('superseded');
    expect(out.statuses[0]!.held).toBe(false);
    expect(out.statuses[0]!.residual).toBeLessThan(-2);
    for (const z of calls) expect(Math.abs(z[1]!)).toBeLessThanOrEqual(DEFAULT_LOCK_HOLD_CONFIG.maxTotal + 1e-6);
  });

  it('never measures more than the start, one probe per lock and the step limit', async () => {
    for (const maxSteps of [1, 2, 3, 4]) {
      for (const locks of [[ageLock(80)], [maleLock(0.99), ageLock(10)]]) {
        const { measure, calls } = syntheticMeasurer();
        const out = await holdLocks(new Float32Array(SIZE), locks, measure, never, { config: { maxSteps } });
        expect(calls.length).toBeLessThanOrEqual(1 + locks.length + maxSteps);
        expect(out.measures).toBe(calls.length);
      }
    }
  });

  it('does nothing more when the readings are already within tolerance', async () => {
    const { measure, calls } = syntheticMeasurer();
    const start = new Float32Array(SIZE);
    const out = await holdLocks(start, [maleLock(0.52)], measure, never, { startReadings: { pMale: 0.5, age: 40 } });
    if (out.superseded) throw new Error('superseded');
    expect(calls).toHaveLength(0);
    expect(out.latent).toBe(start);
    expect(out.statuses[0]!.held).toBe(true);
  });

  it('stops as soon as newer input supersedes it', async () => {
    const { measure, calls } = syntheticMeasurer();
    let superseded = false;
    const slowMeasure = async (z: Float32Array) => {
      const r = await measure(z);
      if (calls.length === 2) superseded = true; // new input arrives while the probe is measured
      return r;
    };
    const out = await holdLocks(new Float32Array(SIZE), [maleLock(0.9)], slowMeasure, () => superseded);
    expect(out.superseded).toBe(true);
    expect(calls).toHaveLength(2);
  });

  it('says could not hold, without a residual, when no face is found', async () => {
    const out = await holdLocks(new Float32Array(SIZE), [maleLock(0.5)], async () => null, never);
    if (out.superseded) throw new Error('superseded');
    expect(out.statuses[0]).toEqual({ reading: 'pMale', held: false, value: null, residual: null });
  });
});
