/**
 * One long task of many faces (the sweep, the audit) as a store: it measures a plan's items in
 * batches through the driver it is given, counts progress, keeps the results so far, and can be
 * cancelled (after the batch in hand), continued (from where it stopped) or replaced by a new run.
 */
import { afterNextPaint } from '../engine/paint';

export type BatchStatus = 'idle' | 'running' | 'cancelling' | 'done' | 'cancelled' | 'failed';

/** What a job works through; a task adds its own settings (the sweep's attribute, the audit's seed). */
export interface BatchPlan<Item> {
  readonly items: readonly Item[];
}

/** How to measure: given at run and again at continue, since the engine may have changed between. */
export interface BatchDriver<Item, Result> {
  /** Items per call of `measure`. */
  batchSize: number;
  /** Where the engine runs: between batches the job yields to the page only when it is 'page'. */
  thread: string | null;
  /** One result per item, in order; a rejection fails the job. */
  measure(batch: readonly Item[]): Promise<readonly Result[]>;
  /** After each batch's results are kept. */
  onBatch?(): void;
}

/** What the controls show. */
export interface BatchProgress {
  readonly status: BatchStatus;
  readonly done: number;
  readonly total: number;
  /** Items a minute since this run (or continue) began, once a batch is done. */
  readonly rate: number | null;
  /** Whole minutes left at that rate while running, at least 1; null before the first batch. */
  readonly minutesLeft: number | null;
  readonly error: string | null;
  readonly active: boolean;
  /** Cancelled or failed with items left: `continue` would measure them. */
  readonly canContinue: boolean;
}

export class BatchJob<Item, Result, Plan extends BatchPlan<Item> = BatchPlan<Item>> implements BatchProgress {
  status = $state<BatchStatus>('idle');
  plan = $state.raw<Plan | null>(null);
  /** Results in item order: always the first `done` items of the plan. */
  results = $state.raw<readonly Result[]>([]);
  error = $state<string | null>(null);
  rate = $state<number | null>(null);
  private runId = 0;
  private running: Promise<void> | null = null;

  get done(): number {
    return this.results.length;
  }

  get total(): number {
    return this.plan?.items.length ?? 0;
  }

  get active(): boolean {
    return this.status === 'running' || this.status === 'cancelling';
  }

  get canContinue(): boolean {
    return (this.status === 'cancelled' || this.status === 'failed') && this.done < this.total;
  }

  get minutesLeft(): number | null {
    if (this.status !== 'running' || !this.rate || this.rate <= 0) return null;
    return Math.max(1, Math.round((this.total - this.done) / this.rate));
  }

  /** Starts `plan` from its first item, discarding the last plan's results; a running job is cancelled first. */
  async run(plan: Plan, driver: BatchDriver<Item, Result>): Promise<void> {
    await this.launch(++this.runId, driver, plan);
  }

  /** Measures the items a cancelled or failed job did not reach, keeping its results. */
  async continue(driver: BatchDriver<Item, Result>): Promise<void> {
    if (!this.canContinue) return;
    await this.launch(++this.runId, driver, null);
  }

  /** Stops after the batch in hand, whose results are kept. */
  cancel(): void {
    if (!this.active) return;
    this.runId++;
    this.status = 'cancelling';
  }

  private async launch(id: number, driver: BatchDriver<Item, Result>, fresh: Plan | null): Promise<void> {
    if (this.running) {
      if (this.active) this.status = 'cancelling';
      await this.running;
    }
    if (id !== this.runId) return;
    if (fresh) {
      this.plan = fresh;
      this.results = [];
    }
    this.error = null;
    this.rate = null;
    this.status = 'running';
    const running = this.loop(id, driver);
    this.running = running;
    await running;
    if (this.running === running) this.running = null;
  }

  private async loop(id: number, driver: BatchDriver<Item, Result>): Promise<void> {
    const items = this.plan?.items ?? [];
    const per = Math.max(1, Math.floor(driver.batchSize));
    const started = { at: performance.now(), done: this.done };
    try {
      while (this.done < items.length) {
        // Only an engine on the page blocks it; there, this lets it paint and see Cancel.
        if (driver.thread === 'page') await afterNextPaint(150);
        if (id !== this.runId) break;
        const batch = items.slice(this.done, this.done + per);
        const results = await driver.measure(batch);
        if (results.length !== batch.length) throw new Error(`${results.length} results came back for ${batch.length} faces`);
        // A batch measured is kept even if Cancel came meanwhile.
        this.results = [...this.results, ...results];
        this.rate = ((this.done - started.done) / Math.max(1, performance.now() - started.at)) * 60_000;
        driver.onBatch?.();
      }
      this.status = this.done >= items.length ? 'done' : 'cancelled';
    } catch (error) {
      this.status = 'failed';
      this.error = error instanceof Error ? error.message : String(error);
    }
  }
}
