/**
 * The bias sweep: seeds × slider steps drawn and measured by the engine in batches (off the
 * main thread), each face with its identity distance to the seed's face as generated. The
 * lifecycle (progress, Cancel after the batch in hand, Continue, a new sweep replacing one that
 * runs) is the batch job's.
 */
import type { SliderAttribute } from '../core/attributes';
import type { FaceImage } from '../core/faceBytes';
import { randomSeed } from '../core/latent';
import {
  clampSweepSize,
  DEFAULT_SWEEP_SIZE,
  sweepBatchSize,
  sweepCells,
  sweepSliderValues,
  type SweepCell,
  type SweepFace,
  type SweepResult,
  type SweepSize,
} from '../core/measure/sweep';
import type { EngineConnection } from '../engine/engineClient';
import { BatchJob, type BatchDriver, type BatchPlan, type BatchStatus } from './batchJob.svelte';

/** What a sweep needs from the session; the session object itself fits. */
export interface SweepSource {
  readonly engine: EngineConnection | null;
  readonly backend: string | null;
  readonly engineThread: string | null;
  readonly seed: number;
  readonly sliders: Readonly<Record<string, number>>;
  readonly locked: ReadonlySet<string>;
  readonly attributes: readonly SliderAttribute[];
  latentFor(seed: number, sliders: Readonly<Record<string, number>>, locked: ReadonlySet<string>): Float32Array;
  /** The seed's face as generated (every slider at 50): what each face's identity is measured against. */
  referenceLatent(seed: number): Float32Array;
}

/** A sweep's settings as it started: Continue draws the rest at these, not the sliders of the moment. */
interface SweepPlan extends BatchPlan<SweepCell>, Omit<SweepResult, 'faces'> {
  sliders: Readonly<Record<string, number>>;
  locked: ReadonlySet<string>;
}

interface SweepShot {
  face: SweepFace;
  image: FaceImage | null;
}

export class Sweep {
  attributeId = $state('');
  size = $state<SweepSize>({ ...DEFAULT_SWEEP_SIZE });
  readonly job = new BatchJob<SweepCell, SweepShot, SweepPlan>();
  result = $derived.by((): SweepResult | null => {
    const plan = this.job.plan;
    if (!plan) return null;
    const { attributeId, attributeLabel, seeds, sliderValues } = plan;
    return { attributeId, attributeLabel, seeds, sliderValues, faces: this.job.results.map((r) => r.face) };
  });
  /** The contact sheet, row by row: index face × steps + step; null until measured. */
  thumbnails = $derived.by((): (FaceImage | null)[] => {
    const plan = this.job.plan;
    const sheet: (FaceImage | null)[] = Array.from({ length: plan?.items.length ?? 0 }, () => null);
    for (const { face, image } of this.job.results) sheet[face.face * (plan?.sliderValues.length ?? 0) + face.step] = image;
    return sheet;
  });

  get status(): BatchStatus {
    return this.job.status;
  }

  get active(): boolean {
    return this.job.active;
  }

  /** Starts a sweep with the session's current face, sliders and locks, replacing one that runs. */
  async start(source: SweepSource): Promise<void> {
    const attribute = source.attributes.find((a) => a.id === this.attributeId) ?? source.attributes[0];
    const size = clampSweepSize(this.size);
    const plan: SweepPlan = {
      items: sweepCells(size),
      attributeId: attribute?.id ?? '',
      attributeLabel: attribute?.label ?? '',
      seeds: [source.seed, ...Array.from({ length: size.faces - 1 }, randomSeed)],
      sliderValues: sweepSliderValues(size.steps),
      sliders: { ...source.sliders },
      locked: new Set(source.locked),
    };
    await this.job.run(plan, driver(source, plan));
  }

  /** Measures the faces a cancelled or failed sweep did not reach, at the sweep's own settings. */
  async resume(source: SweepSource): Promise<void> {
    const plan = this.job.plan;
    if (!plan || !this.job.canContinue) return;
    await this.job.continue(driver(source, plan));
  }

  cancel(): void {
    this.job.cancel();
  }
}

function driver(source: SweepSource, plan: SweepPlan): BatchDriver<SweepCell, SweepShot> {
  const engine = source.engine;
  return {
    batchSize: sweepBatchSize(source.backend, plan.seeds.length),
    thread: source.engineThread,
    measure: async (cells) => {
      if (!engine || !plan.attributeId) throw new Error('the model and its directions are not ready');
      const faces = cells.map(({ face, step }) => ({
        latent: source.latentFor(plan.seeds[face]!, { ...plan.sliders, [plan.attributeId]: plan.sliderValues[step]! }, plan.locked),
        reference: source.referenceLatent(plan.seeds[face]!),
      }));
      const measured = await engine.measureBatch(faces, { images: true, descriptor: true });
      return measured.measurements.slice(0, cells.length).map((measurement, i) => {
        const { face, step } = cells[i]!;
        const seed = plan.seeds[face]!;
        const identity = measured.identity[i] ?? null;
        return { face: { face, step, seed, slider: plan.sliderValues[step]!, measurement, identity }, image: measured.images?.[i] ?? null };
      });
    },
  };
}

export const sweep = new Sweep();
