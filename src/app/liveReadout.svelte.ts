/**
 * The live readout: what face-api measures in the face on screen. The session tells it of each
 * main frame asked for and shown; ReadoutSchedule decides when to measure (latest frame only,
 * throttled, after the renderer), and the engine measures where it draws, off the main thread.
 */
import type { FaceMeasurement } from '../core/measure/faceMeasurer';
import { MIN_MEASURABLE_SIZE, ReadoutSchedule, type Freshness } from '../core/measure/readoutSchedule';
import type { EngineConnection } from '../engine/engineClient';
import type { MainFrameTap, ShownFace } from './frameTap';

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
  private readonly schedule = new ReadoutSchedule<ShownFace>();
  private source: ReadoutSource | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pauses = 0;

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
      this.measurement = measurement;
      this.measureMs = performance.now() - started;
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
}

export const liveReadout = new LiveReadout();
