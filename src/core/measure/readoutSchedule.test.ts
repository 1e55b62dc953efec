import { describe, expect, it } from 'vitest';
import { ReadoutSchedule, type ReadoutTiming } from './readoutSchedule';

const TIMING: ReadoutTiming = { minIntervalMs: 400, maxWaitMs: 2000, pollMs: 100 };
const frame = (seq: number) => ({ seq });

describe('ReadoutSchedule', () => {
  it('measures a shown frame at once when nothing else is going on, then is fresh', () => {
    const s = new ReadoutSchedule(TIMING);
    expect(s.freshness).toBe('none');
    s.requested(1);
    expect(s.next(0, true)).toEqual({ kind: 'idle' });
    s.shown(frame(1), 0);
    expect(s.next(0, false)).toEqual({ kind: 'measure', frame: frame(1) });
    expect(s.next(1, false)).toEqual({ kind: 'idle' });
    s.finished(1, 300);
    expect(s.freshness).toBe('fresh');
    expect(s.measured).toBe(1);
  });

  it('is stale from the moment a newer frame is requested until that frame is measured', () => {
    const s = new ReadoutSchedule(TIMING);
    s.shown(frame(1), 0);
    s.next(0, false);
    s.finished(1, 100);
    s.requested(2);
    expect(s.freshness).toBe('stale');
    s.shown(frame(2), 3000);
    expect(s.freshness).toBe('stale');
    expect(s.next(3000, false)).toEqual({ kind: 'measure', frame: frame(2) });
    s.finished(2, 3200);
    expect(s.freshness).toBe('fresh');
  });

  it('keeps only the latest frame shown while a measurement runs', () => {
    const s = new ReadoutSchedule(TIMING);
    s.shown(frame(1), 0);
    s.next(0, false);
    s.shown(frame(2), 50);
    s.shown(frame(4), 60);
    s.shown(frame(3), 70);
    expect(s.next(80, false)).toEqual({ kind: 'idle' });
    s.finished(1, 100);
    expect(s.next(500, false)).toEqual({ kind: 'measure', frame: frame(4) });
    s.finished(4, 600);
    expect(s.next(5000, false)).toEqual({ kind: 'idle' });
    expect(s.freshness).toBe('fresh');
  });

  it('waits out the minimum interval after a measurement', () => {
    const s = new ReadoutSchedule(TIMING);
    s.shown(frame(1), 0);
    s.next(0, false);
    s.finished(1, 1000);
    s.shown(frame(2), 1100);
    expect(s.next(1100, false)).toEqual({ kind: 'wait', ms: 300 });
    expect(s.next(1400, false).kind).toBe('measure');
  });

  it('gives way to a busy renderer, but not for longer than maxWaitMs', () => {
    const s = new ReadoutSchedule(TIMING);
    s.shown(frame(1), 0);
    expect(s.next(0, true)).toEqual({ kind: 'wait', ms: 100 });
    expect(s.next(1950, true)).toEqual({ kind: 'wait', ms: 50 });
    expect(s.next(2000, true)).toEqual({ kind: 'measure', frame: frame(1) });
  });

  it('ignores a frame older than the one measured, and counts a failed measurement as done', () => {
    const s = new ReadoutSchedule(TIMING);
    s.shown(frame(5), 0);
    s.next(0, false);
    s.shown(frame(4), 10);
    s.finished(5, 20);
    expect(s.next(1000, false)).toEqual({ kind: 'idle' });
    expect(s.freshness).toBe('fresh');
  });
});
