/**
 * The live readout: what face-api measures in the face on screen. The session tells it of each
 * main frame asked for and shown; ReadoutSchedule decides when to measure (latest frame only,
 * throttled, after the renderer), and the engine measures where it draws, off the main thread.
 */
import { sameVector } from '../core/directionMath';
import { identityDistance } from '../core/identity';
import type { LockStatus } from '../core/lockHold';
import type { FaceMeasurement } from '../core/measure/faceMeasurer';
import { MIN_MEASURABLE_SIZE, ReadoutSchedule, type Freshness } from '../core/measure/readoutSchedule';
import type { EngineConnection } from '../engine/engineClient';
import type { MainFrameTap, ShownFace } from './frameTap';
import { identityReferences } from './identityReference';

/** 'too-small': the model's faces are below MIN_MEASURABLE_SIZE, so nothing is measured. */
export type MeasurerStatus = 'idle' | 'loading' | 'ready' | 'failed' | 'too-small';

/** What the readout needs from the session. */
export interface ReadoutSource {
  readonly engine: EngineConnection | null;
  readonly busy: boolean;
  mainFrameTap: MainFrameTap | null;
}

class LiveReadout {
  measurement = $state.raw<FaceMeasurement | null>(null);
  freshness = $state<Freshness>('none');
  status = $state<MeasurerStatus>('idle');
  error = $state<string | null>(null);
  /** The request number of the measured frame (0 before the first), so a change is observable. */
  measuredFrame = $state(0);
  /** How long the last measurement took, for the readout's footnote. */
  measureMs = $state<number | null>(null);
  /** Identity distance of a measured frame to its seed's face as generated (null: a face not found). */
  identity = $state.raw<{ seq: number; distance: number | null } | null>(null);
  /** The engine's per-face lock check of a frame (locks on, face at rest). */
  locks = $state.raw<{ seq: number; statuses: LockStatus[] } | null>(null);
  /** The newest frame the engine corrected and measured itself; the readout's own numbers for it are older. */
  private heldSeq = 0;
  private readonly schedule = new ReadoutSchedule<ShownFace>();
  private source: ReadoutSource | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pauses = 0;

  /** The identity distance of the frame the readout shows numbers for ('pending' while it is worked out). */
  get shownIdentity(): number | null | 'pending' {
    if (!this.measurement?.found || !this.measurement.descriptor) return null;
    return this.identity?.seq === this.measuredFrame ? this.identity.distance : 'pending';
  }

  /** The lock check of the frame the readout shows numbers for, if the engine made one. */
  get shownLocks(): LockStatus[] | null {
    return this.locks?.seq === this.measuredFrame ? this.locks.statuses : null;
  }

  /** Measures the source's main frames from now on; returns a stop function. */
  follow(source: ReadoutSource): () => void {
    this.source = source;
    source.mainFrameTap = {
      requested: (seq) => {
        this.schedule.requested(seq);
        this.freshness = this.schedule.freshness;
      },
      shown: (face) => {
        if (face.image.width < MIN_MEASURABLE_SIZE || face.image.height < MIN_MEASURABLE_SIZE) {
          this.status = 'too-small';
          return;
        }
        this.schedule.shown(face, performance.now());
        this.freshness = this.schedule.freshness;
        this.kick();
      },
      held: (face, report) => {
        this.heldSeq = Math.max(this.heldSeq, face.seq);
        this.locks = { seq: face.seq, statuses: report.statuses };
        if (!report.measurement) return;
        this.measurement = report.measurement;
        this.status = 'ready';
        this.schedule.finished(face.seq, performance.now());
        this.freshness = this.schedule.freshness;
        this.measuredFrame = this.schedule.measured;
        void this.measureIdentity(face, report.measurement);
      },
    };
    return () => {
      source.mainFrameTap = null;
      this.source = null;
    };
  }

  /** Holds measuring (the sweep uses the measurer flat out); call the returned function to go on. */
  pause(): () => void {
    this.pauses++;
    let resumed = false;
    return () => {
      if (resumed) return;
      resumed = true;
      this.pauses--;
      this.kick();
    };
  }

  private kick(): void {
    if (this.timer !== null || this.pauses > 0 || this.status === 'failed' || this.status === 'too-small') return;
    const step = this.schedule.next(performance.now(), this.source?.busy ?? false);
    if (step.kind === 'measure') void this.measure(step.frame);
    else if (step.kind === 'wait') {
      this.timer = setTimeout(() => {
        this.timer = null;
        this.kick();
      }, step.ms);
    }
  }

  private async measure(face: ShownFace): Promise<void> {
    try {
      const engine = this.source?.engine;
      if (!engine) return;
      if (this.status === 'idle') this.status = 'loading';
      const started = performance.now();
      // The first measurement also loads face-api's networks in the engine.
      const measurement = await engine.measure(face.image);
      this.status = 'ready';
      this.measureMs = performance.now() - started;
      if (face.seq > this.heldSeq) {
        this.measurement = measurement;
        void this.measureIdentity(face, measurement);
      }
    } catch (error) {
      this.status = 'failed';
      this.error = error instanceof Error ? error.message : String(error);
    } finally {
      this.schedule.finished(face.seq, performance.now());
      this.freshness = this.schedule.freshness;
      this.measuredFrame = this.schedule.measured;
      this.kick();
    }
  }

  /** Against the seed's face as generated; drawing that face, when needed, happens in the engine. */
  private async measureIdentity(face: ShownFace, measurement: FaceMeasurement): Promise<void> {
    const engine = this.source?.engine;
    if (!engine) return;
    let distance: number | null = null;
    if (measurement.descriptor) {
      if (sameVector(face.latent, face.reference)) identityReferences.remember(face.seed, measurement);
      const reference = await identityReferences.descriptorFor(face.seed, face.reference, engine).catch(() => null);
      distance = identityDistance(reference, measurement.descriptor);
    }
    if (!this.identity || this.identity.seq <= face.seq) this.identity = { seq: face.seq, distance };
  }
}

export const liveReadout = new LiveReadout();
