/**
 * The population audit's state and loop: N fresh faces at the current sliders and locks, drawn
 * and measured by the engine in batches (off the main thread); only readings come back. Cancel
 * takes effect between batches and keeps every face measured so far; Continue measures the
 * rest of the same faces. The audit seed and size live in the link.
 */
import type { SliderAttribute } from '../core/attributes';
import { randomSeed } from '../core/latent';
import { auditBatchSize, auditBatches, type AuditFace, type AuditPlan, type AuditProgress } from '../core/population/audit';
import { AUDIT_SIZE, clampAuditSize } from '../core/population/auditSeeds';
import { summarizeReadings, type PopulationSummary } from '../core/population/summary';
import type { EngineConnection } from '../engine/engineClient';
import { afterNextPaint } from '../engine/paint';
import { parseAuditLink, writeAuditLink } from './auditLink';
import { liveReadout } from './liveReadout.svelte';
import type { AddressBar } from './urlWriter';

const CHART_REFRESH_MS = 10_000;

export type AuditStatus = AuditProgress['status'];

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

export class Audit {
  auditSeed = $state(0);
  size = $state<number>(AUDIT_SIZE.default);
  status = $state<AuditStatus>('idle');
  plan = $state.raw<AuditPlan | null>(null);
  faces = $state.raw<AuditFace[]>([]);
  error = $state<string | null>(null);
  /** Faces per minute in the running audit, once a batch is done; for "about N minutes left". */
  rate = $state<number | null>(null);
  summary = $derived(this.plan ? summarizeReadings(this.faces.map((f) => f.measurement)) : null);
  /**
   * What the charts show: the summary, refreshed at most every CHART_REFRESH_MS while an audit
   * runs, because redrawing four charts after every batch would crowd the page's main thread.
   */
  chartSummary = $state.raw<PopulationSummary | null>(null);
  private chartAt = 0;
  private page: AddressBar | null = null;
  private runId = 0;
  private running: Promise<void> | null = null;

  get active(): boolean {
    return this.status === 'running' || this.status === 'cancelling';
  }

  /** Takes the audit seed and size from the link (a new seed if it has none); returns its problems. */
  follow(page: AddressBar): string[] {
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
    await this.launch(source, plan, []);
  }

  /** Measures the faces a cancelled or failed audit did not reach, at the audit's own settings. */
  async resume(source: AuditSource): Promise<void> {
    if (!this.plan || this.active || this.faces.length >= this.plan.size) return;
    await this.launch(source, this.plan, this.faces);
  }

  cancel(): void {
    if (!this.active) return;
    this.runId++;
    this.status = 'cancelling';
  }

  private async launch(source: AuditSource, plan: AuditPlan, kept: AuditFace[]): Promise<void> {
    const id = ++this.runId;
    if (this.running) await this.running;
    if (id !== this.runId) return;
    this.plan = plan;
    this.faces = kept;
    this.refreshCharts(true);
    this.error = null;
    this.status = 'running';
    const run = this.run(id, source, plan);
    this.running = run;
    await run;
    if (this.running === run) this.running = null;
  }

  private async run(id: number, source: AuditSource, plan: AuditPlan): Promise<void> {
    const resumeReadout = liveReadout.pause();
    try {
      const engine = source.engine;
      if (!engine) throw new Error('the model is not ready');
      const sliders = { ...source.sliders, ...Object.fromEntries(source.attributes.map((a) => [a.id, plan.sliders[a.id] ?? 50])) };
      const locked = new Set(plan.locks);
      const started = { at: performance.now(), faces: this.faces.length };
      this.rate = null;
      for (const batch of auditBatches(plan, this.faces.length, auditBatchSize(source.backend, source.engineThread))) {
        // Only the in-page engine blocks the page; there, this lets it paint and see Cancel.
        if (source.engineThread === 'page') await afterNextPaint(150);
        if (id !== this.runId) break;
        const measurements = await engine.auditBatch(batch.map((f) => source.latentFor(f.seed, sliders, locked)));
        // A batch already drawn is kept even if Cancel came while it was measured.
        this.faces = [...this.faces, ...batch.map((f, i) => ({ ...f, measurement: measurements[i]! }))];
        this.rate = ((this.faces.length - started.faces) / (performance.now() - started.at)) * 60_000;
        this.refreshCharts(false);
      }
      this.status = this.faces.length >= plan.size ? 'done' : 'cancelled';
    } catch (error) {
      this.status = 'failed';
      this.error = error instanceof Error ? error.message : String(error);
    } finally {
      this.refreshCharts(true);
      resumeReadout();
    }
  }

  private refreshCharts(now: boolean): void {
    if (!now && performance.now() - this.chartAt < CHART_REFRESH_MS) return;
    this.chartAt = performance.now();
    this.chartSummary = this.faces.length > 0 ? this.summary : null;
  }

  private writeLink(): void {
    if (this.page) writeAuditLink(this.page, { seed: this.auditSeed, size: this.size });
  }
}

export const audit = new Audit();
