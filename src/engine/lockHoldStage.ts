/**
 * The render loop's rest-time stage for locks that hold per face (core/lockHold.ts): once the
 * loop has gone idle on the main face (the engine runs it outside the loop's jobs, so a newer
 * frame never waits for it) and no newer input came for `restMs`, it measures the anchor face
 * (the targets; lockPlan.ts), then corrects the face along the locked directions, drawing and
 * measuring each try in the engine. Any newer draw request supersedes it between two tries, or
 * between a try's drawing and its measuring. It never throws: a failed try only means no
 * corrected face.
 */
import { sameVector } from '../core/directionMath';
import type { FaceImage } from '../core/faceBytes';
import { holdLocks, type LockStatus } from '../core/lockHold';
import { heldLocks, readingsOf, type LockHoldRequest } from '../core/lockPlan';
import type { FaceMeasurement } from '../core/measure/faceMeasurer';
import { MIN_MEASURABLE_SIZE } from '../core/measure/measurable';

export interface LockHoldDeps {
  render(latent: Float32Array): Promise<FaceImage>;
  measure(image: FaceImage): Promise<FaceMeasurement>;
}

export interface HeldFace {
  image: FaceImage;
  /** face-api's readings of `image` (null when the anchor face was not found and nothing was tried). */
  measurement: FaceMeasurement | null;
  statuses: LockStatus[];
  /** Faces drawn and measured for the correction, and how long it took. */
  measures: number;
  ms: number;
}

export interface LockHoldStageConfig {
  /** How long the face must rest before correcting starts, so a drag is not slowed by it. */
  restMs: number;
  /** Anchor faces remembered (per seed and locked sliders), so going back costs nothing. */
  anchors: number;
}

export const DEFAULT_LOCK_HOLD_STAGE: LockHoldStageConfig = { restMs: 250, anchors: 8 };

/** Thrown inside a try that newer input made pointless; `run` answers null, as for any superseded hold. */
class Superseded extends Error {}

const latentKey = (latent: Float32Array) => Array.prototype.join.call(latent, ',');

export class LockHoldStage {
  private readonly anchors = new Map<string, Promise<FaceMeasurement>>();

  constructor(
    private readonly deps: LockHoldDeps,
    private readonly config: LockHoldStageConfig = DEFAULT_LOCK_HOLD_STAGE,
  ) {}

  /** The corrected face for `latent` (drawn as `image`), or null when superseded or failed. */
  async run(request: LockHoldRequest, latent: Float32Array, image: FaceImage, isSuperseded: () => boolean): Promise<HeldFace | null> {
    // Faces too small for the classifiers (the tests' 8 px model) are not measured anywhere.
    if (image.width < MIN_MEASURABLE_SIZE || image.height < MIN_MEASURABLE_SIZE) return null;
    try {
      await new Promise((resolve) => setTimeout(resolve, this.config.restMs));
      if (isSuperseded()) return null;
      const started = performance.now();
      const anchor = readingsOf(await this.anchor(request.anchor));
      const locks = heldLocks(request.locks, anchor);
      if (isSuperseded()) return null;
      if (!locks) {
        const statuses = request.locks.map((l) => ({ reading: l.reading, held: false, value: null, residual: null }));
        return { image, measurement: null, statuses, measures: 0, ms: performance.now() - started };
      }
      const tried: { latent: Float32Array; image: FaceImage; measurement: FaceMeasurement }[] = [];
      const measureLatent = async (z: Float32Array) => {
        const face = sameVector(z, latent) ? image : await this.deps.render(z);
        // Newer input while this try drew: its measuring would only compete with the new frame.
        if (isSuperseded()) throw new Superseded();
        const measurement = await this.deps.measure(face);
        tried.push({ latent: z, image: face, measurement });
        return readingsOf(measurement);
      };
      const outcome = await holdLocks(latent, locks, measureLatent, isSuperseded);
      if (outcome.superseded) return null;
      const best = tried.find((t) => sameVector(t.latent, outcome.latent)) ?? tried[0]!;
      return {
        image: best.image,
        measurement: best.measurement,
        statuses: outcome.statuses,
        measures: outcome.measures,
        ms: performance.now() - started,
      };
    } catch {
      return null;
    }
  }

  private anchor(latent: Float32Array): Promise<FaceMeasurement> {
    const key = latentKey(latent);
    let measured = this.anchors.get(key);
    if (!measured) {
      measured = this.deps.render(latent).then((face) => this.deps.measure(face));
      measured.catch(() => this.anchors.delete(key));
      this.anchors.set(key, measured);
      if (this.anchors.size > this.config.anchors) this.anchors.delete(this.anchors.keys().next().value!);
    }
    return measured;
  }

  /** Anchors measured on a backend that is gone are measured again. */
  forget(): void {
    this.anchors.clear();
  }
}
