/**
 * Latest-wins rendering: at most one job in flight, and a state requested while one runs
 * replaces any state still waiting, so no work is spent on a superseded state.
 */
export interface SchedulerEvents<S> {
  /** True from the moment a state is requested until the state shown is the latest one. */
  onBusy?: (busy: boolean) => void;
  /** A job failed; the scheduler keeps serving later requests. */
  onError?: (error: unknown, state: S) => void;
  /**
   * Awaited before each job takes the latest state. The app waits for the last frame to be
   * painted and for queued input to run, so a burst of input costs one job, not two.
   */
  beforeJob?: () => Promise<void>;
}

export class LatestWinsScheduler<S> {
  private pending: { state: S } | null = null;
  private running = false;
  private idleWaiters: Array<() => void> = [];
  /** Jobs started, for measuring how many requests were coalesced. */
  started = 0;
  requested = 0;

  constructor(
    private readonly job: (state: S) => Promise<void>,
    private readonly events: SchedulerEvents<S> = {},
  ) {}

  request(state: S): void {
    this.requested++;
    this.pending = { state };
    if (!this.running) {
      this.events.onBusy?.(true);
      void this.drain();
    }
  }

  /** Drops the state still waiting (the face it asks for came from elsewhere). */
  cancelPending(): void {
    this.pending = null;
  }

  get busy(): boolean {
    return this.running || this.pending !== null;
  }

  /** Resolves once nothing is running or waiting. */
  idle(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.pending) {
      // A failed wait is no reason to stop drawing.
      if (this.events.beforeJob) await this.events.beforeJob().catch(() => {});
      const { state } = this.pending;
      this.pending = null;
      this.started++;
      try {
        await this.job(state);
      } catch (error) {
        this.events.onError?.(error, state);
      }
    }
    this.running = false;
    this.events.onBusy?.(false);
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
