/**
 * The bias sweep's state and loop: the engine renders seeds × slider steps in batches and measures
 * every face, off the main thread. Cancel (or a new sweep) takes effect between faces; every
 * tensor of a batch is gone once the loop has stopped.
 */
import type { SliderAttribute } from '../core/attributes';
import { randomSeed } from '../core/latent';
import {
  clampSweepSize,
  DEFAULT_SWEEP_SIZE,
  sweepBatches,
  sweepBatchSize,
  sweepSliderValues,
  type SweepFace,
  type SweepResult,
  type SweepSize,
} from '../core/measure/sweep';
import type { FaceImage } from '../core/faceBytes';
import type { EngineConnection } from '../engine/engineClient';
import { afterNextPaint } from '../engine/paint';
import { identityDistance } from '../core/identity';
import { identityReferences } from './identityReference';
import { liveReadout } from './liveReadout.svelte';

export type SweepStatus = 'idle' | 'running' | 'cancelling' | 'done' | 'cancelled' | 'failed';

/** What a sweep needs from the session; the session object itself fits. */
export interface SweepSource {
  readonly engine: EngineConnection | null;
  readonly backend: string | null;
  readonly seed: number;
  readonly sliders: Readonly<Record<string, number>>;
  readonly locked: ReadonlySet<string>;
  readonly attributes: readonly SliderAttribute[];
  latentFor(seed: number, sliders: Readonly<Record<string, number>>, locked: ReadonlySet<string>): Float32Array;
  /** The seed's face as generated (every slider at 50): what each face's identity is measured against. */
  referenceLatent(seed: number): Float32Array;
}

class Sweep {
  attributeId = $state('');
  size = $state<SweepSize>({ ...DEFAULT_SWEEP_SIZE });
  status = $state<SweepStatus>('idle');
  done = $state(0);
  total = $state(0);
  result = $state.raw<SweepResult | null>(null);
  /** The contact sheet, row by row: index face × steps + step; null until measured. */
  thumbnails = $state.raw<(FaceImage | null)[]>([]);
  error = $state<string | null>(null);
  private runId = 0;
  private running: Promise<void> | null = null;

  get active(): boolean {
    return this.status === 'running' || this.status === 'cancelling';
  }

  /** Starts a sweep with the session's current face, sliders and locks, replacing one that runs. */
  async start(source: SweepSource): Promise<void> {
    const id = ++this.runId;
    if (this.running) {
      this.status = 'cancelling';
      await this.running;
    }
    if (id !== this.runId) return;
    const run = this.run(id, source);
    this.running = run;
    await run;
    if (this.running === run) this.running = null;
  }

  cancel(): void {
    if (!this.active) return;
    this.runId++;
    this.status = 'cancelling';
  }

  private async run(id: number, source: SweepSource): Promise<void> {
    const resumeReadout = liveReadout.pause();
    try {
      const engine = source.engine;
      const attribute = source.attributes.find((a) => a.id === this.attributeId) ?? source.attributes[0];
      if (!engine || !attribute) throw new Error('the model and its directions are not ready');
      const size = clampSweepSize(this.size);
      const sliders = { ...source.sliders };
      const locked = new Set(source.locked);
      const plan: SweepResult = {
        attributeId: attribute.id,
        attributeLabel: attribute.label,
        seeds: [source.seed, ...Array.from({ length: size.faces - 1 }, randomSeed)],
        sliderValues: sweepSliderValues(size.steps),
        faces: [],
      };
      this.result = plan;
      this.thumbnails = Array.from({ length: size.faces * size.steps }, () => null);
      this.done = 0;
      this.total = size.faces * size.steps;
      this.error = null;
      this.status = 'running';
      for (const batch of sweepBatches(size, sweepBatchSize(source.backend, size.faces))) {
        // Only the in-page engine blocks the page; there, this lets it paint and see Cancel.
        await afterNextPaint(150);
        if (id !== this.runId) break;
        const latents = batch.map(({ face, step }) =>
          source.latentFor(plan.seeds[face]!, { ...sliders, [attribute.id]: plan.sliderValues[step]! }, locked),
        );
        const images = await engine.renderImages(latents);
        for (const [i, cell] of batch.entries()) {
          if (id !== this.runId) break;
          await this.measureOne(engine, plan, cell, images[i]!, source);
        }
      }
      this.status = id === this.runId ? 'done' : 'cancelled';
    } catch (error) {
      this.status = 'failed';
      this.error = error instanceof Error ? error.message : String(error);
    } finally {
      resumeReadout();
    }
  }

  private async measureOne(
    engine: EngineConnection,
    plan: SweepResult,
    cell: Pick<SweepFace, 'face' | 'step'>,
    image: FaceImage,
    source: SweepSource,
  ): Promise<void> {
    const seed = plan.seeds[cell.face]!;
    const measurement = await engine.measure(image);
    // The face as generated is drawn once per seed (the readout's seed usually is known already).
    const reference = measurement.descriptor
      ? await identityReferences.descriptorFor(seed, source.referenceLatent(seed), engine).catch(() => null)
      : null;
    const identity = identityDistance(reference, measurement.descriptor);
    const face: SweepFace = { ...cell, seed, slider: plan.sliderValues[cell.step]!, measurement, identity };
    // New arrays and objects, so everything derived from them updates.
    const faces = [...(this.result?.faces ?? []), face];
    this.result = { ...plan, faces };
    const thumbnails = [...this.thumbnails];
    thumbnails[cell.face * plan.sliderValues.length + cell.step] = image;
    this.thumbnails = thumbnails;
    this.done = faces.length;
  }
}

export const sweep = new Sweep();
