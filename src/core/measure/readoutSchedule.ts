/**
 * When the live readout measures: the latest shown frame only (a frame replaced before it was
 * measured is skipped), one measurement at a time, at most every `minIntervalMs`, and not while
 * the renderer is busy unless the frame has waited `maxWaitMs` (so an animation still updates
 * now and then). Time is passed in, so the tests need no clock.
 */
export interface ReadoutTiming {
  minIntervalMs: number;
  maxWaitMs: number;
  /** How often to look again while the renderer is busy. */
  pollMs: number;
}

/**
 * Faces smaller than this are not measured: the fit measured 128 px faces, and the detector
 * finds nothing in a thumbnail (the tests' tiny model draws 8 px ones).
 */
export const MIN_MEASURABLE_SIZE = 64;

export const DEFAULT_READOUT_TIMING: ReadoutTiming = { minIntervalMs: 400, maxWaitMs: 2500, pollMs: 150 };

/** 'none' before the first measurement; 'stale' while a newer frame than the measured one is pending. */
export type Freshness = 'none' | 'fresh' | 'stale';

export type ReadoutStep<F> = { kind: 'measure'; frame: F } | { kind: 'wait'; ms: number } | { kind: 'idle' };

export class ReadoutSchedule<F extends { seq: number }> {
  private requestedSeq = 0;
  private pending: { frame: F; shownAt: number } | null = null;
  private measuringSeq: number | null = null;
  private measuredSeq = 0;
  private lastFinishedAt = -Infinity;

  constructor(private readonly timing: ReadoutTiming = DEFAULT_READOUT_TIMING) {}

  /** A new main frame was asked for: what is measured now no longer shows the current state. */
  requested(seq: number): void {
    this.requestedSeq = Math.max(this.requestedSeq, seq);
  }

  /** A frame reached the screen. Older than one already pending or measured: ignored. */
  shown(frame: F, now: number): void {
    this.requestedSeq = Math.max(this.requestedSeq, frame.seq);
    if (frame.seq <= this.measuredSeq || frame.seq <= (this.measuringSeq ?? 0)) return;
    if (this.pending && this.pending.frame.seq >= frame.seq) return;
    this.pending = { frame, shownAt: now };
  }

  /** What to do now. 'measure' hands over the frame and counts it as being measured. */
  next(now: number, renderBusy: boolean): ReadoutStep<F> {
    if (this.measuringSeq !== null || !this.pending) return { kind: 'idle' };
    const sinceLast = now - this.lastFinishedAt;
    if (sinceLast < this.timing.minIntervalMs) return { kind: 'wait', ms: this.timing.minIntervalMs - sinceLast };
    const waited = now - this.pending.shownAt;
    if (renderBusy && waited < this.timing.maxWaitMs) {
      return { kind: 'wait', ms: Math.min(this.timing.pollMs, this.timing.maxWaitMs - waited) };
    }
    const { frame } = this.pending;
    this.pending = null;
    this.measuringSeq = frame.seq;
    return { kind: 'measure', frame };
  }

  /** The measurement of `seq` ended, with a result or an error. */
  finished(seq: number, now: number): void {
    if (this.measuringSeq === seq) this.measuringSeq = null;
    this.measuredSeq = Math.max(this.measuredSeq, seq);
    this.lastFinishedAt = now;
  }

  get freshness(): Freshness {
    if (this.measuredSeq === 0) return 'none';
    return this.measuredSeq < this.requestedSeq ? 'stale' : 'fresh';
  }

  /** The frame the readout shows numbers for. */
  get measured(): number {
    return this.measuredSeq;
  }
}
