/**
 * The population audit: N fresh faces at the current sliders and locks, drawn and measured by
 * the engine in batches (off the main thread); only readings come back. The lifecycle (progress,
 * Cancel keeping what was measured, Continue measuring the rest of the same faces) is the batch
 * job's. The audit seed and size live in the link.
 */
import type { SliderAttribute } from '../core/attributes';
import { randomSeed } from '../core/latent';
import { auditBatchSize, auditFaces, type AuditFace, type AuditPlan } from '../core/population/audit';
import { AUDIT_SIZE, clampAuditSize } from '../core/population/auditSeeds';
import { summarizeReadings, type PopulationSummary } from '../core/population/summary';
import type { EngineConnection } from '../engine/engineClient';
import { parseAuditLink, writeAuditLink } from './auditLink';
import { BatchJob, type BatchDriver, type BatchPlan, type BatchStatus } from './batchJob.svelte';
import type { AddressBar } from './urlWriter';
import type { Message } from '../i18n/catalogue';

const CHART_REFRESH_MS = 10_000;

/** What an audit needs from the session; the session object itself fits. */
export interface AuditSource {
  readonly engine: EngineConnection | null;
  readonly backend: string | null;
  readonly engineThread: string | null;
  readonly sliders: Readonly<Record<string, number>>;
  readonly locked: ReadonlySet<string>;
  readonly attributes: readonly SliderAttribute[];
  latentFor(seed: number, sliders: Readonly<Record<string, number>>, locked: ReadonlySet<string>): Float32Array;
}

type AuditItem = Pick<AuditFace, 'index' | 'seed'>;
type AuditJobPlan = AuditPlan & BatchPlan<AuditItem>;

export class Audit {
  auditSeed = $state(0);
  size = $state<number>(AUDIT_SIZE.default);
  readonly job = new BatchJob<AuditItem, AuditFace, AuditJobPlan>();
  summary = $derived(this.job.plan ? summarizeReadings(this.job.results.map((f) => f.measurement)) : null);
  /** The summary as the charts last drew it while the audit runs. */
  private shown = $state.raw<PopulationSummary | null>(null);
  /**
   * What the charts show: while an audit runs, the summary at most every CHART_REFRESH_MS,
   * because redrawing four charts after every batch would crowd the page's main thread.
   */
  chartSummary = $derived(this.job.results.length === 0 ? null : this.job.active ? this.shown : this.summary);
  private page: AddressBar | null = null;

  get status(): BatchStatus {
    return this.job.status;
  }

  get error(): string | null {
    return this.job.error;
  }

  get plan(): AuditPlan | null {
    return this.job.plan;
  }

  /** The faces measured so far, in face order. */
  get faces(): readonly AuditFace[] {
    return this.job.results;
  }

  get active(): boolean {
    return this.job.active;
  }

  /** Takes the audit seed and size from the link (a new seed if it has none); returns its problems. */
  follow(page: AddressBar): Message[] {
    this.page = page;
    const link = parseAuditLink(page.location.search);
    this.auditSeed = link.seed ?? randomSeed();
    this.size = link.size ?? AUDIT_SIZE.default;
    return link.problems;
  }

  setSeed(seed: number): void {
    this.auditSeed = seed;
    this.writeLink();
  }

  setSize(size: number): void {
    this.size = clampAuditSize(size);
    this.writeLink();
  }

  /** Starts an audit of `size` faces from the audit seed at the source's sliders and locks. */
  async start(source: AuditSource): Promise<void> {
    const plan: AuditPlan = {
      auditSeed: this.auditSeed,
      size: clampAuditSize(this.size),
      sliders: Object.fromEntries(Object.entries(source.sliders).filter(([, v]) => v !== 50)),
      locks: [...source.locked],
    };
    this.writeLink();
    await this.job.run({ ...plan, items: auditFaces(plan) }, this.driver(source, plan));
  }

  /** Measures the faces a cancelled or failed audit did not reach, at the audit's own settings. */
  async resume(source: AuditSource): Promise<void> {
    const plan = this.job.plan;
    if (!plan || !this.job.canContinue) return;
    this.shown = this.summary;
    await this.job.continue(this.driver(source, plan));
  }

  cancel(): void {
    this.job.cancel();
  }

  private driver(source: AuditSource, plan: AuditPlan): BatchDriver<AuditItem, AuditFace> {
    const engine = source.engine;
    const sliders = { ...source.sliders, ...Object.fromEntries(source.attributes.map((a) => [a.id, plan.sliders[a.id] ?? 50])) };
    const locked = new Set(plan.locks);
    let drawnAt = -Infinity;
    return {
      batchSize: auditBatchSize(source.backend, source.engineThread),
      thread: source.engineThread,
      measure: async (batch) => {
        if (!engine) throw new Error('the model is not ready');
        const faces = batch.map((f) => ({ latent: source.latentFor(f.seed, sliders, locked) }));
        const { measurements } = await engine.measureBatch(faces, { images: false, descriptor: false });
        return measurements.map((measurement, i) => ({ ...batch[i]!, measurement }));
      },
      onBatch: () => {
        if (performance.now() - drawnAt < CHART_REFRESH_MS) return;
        drawnAt = performance.now();
        this.shown = this.summary;
      },
    };
  }

  private writeLink(): void {
    if (this.page) writeAuditLink(this.page, { seed: this.auditSeed, size: this.size });
  }
}

export const audit = new Audit();
