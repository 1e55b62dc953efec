/**
 * The live readout: what face-api measures in the face on screen. Each main frame's pixels
 * come from the engine's tap; ReadoutSchedule decides when to measure (latest frame only,
 * throttled, after the renderer) and the measuring waits for an idle moment, so sliders stay
 * as quick as without it.
 */
import type { FaceMeasurement } from '../core/measure/faceMeasurer';
import { MIN_MEASURABLE_SIZE, ReadoutSchedule, type Freshness } from '../core/measure/readoutSchedule';
import { browserFaceMeasurer } from './browserFaceMeasurer';
import type { FaceEngine } from './faceEngine';
import type { ShownFace } from './frameTap';

/** 'too-small': the model's faces are below MIN_MEASURABLE_SIZE, so nothing is measured. */
export type MeasurerStatus = 'idle' | 'loading' | 'ready' | 'failed' | 'too-small';

/** What the readout needs from the session. */
export interface ReadoutSource {
  readonly phase: string;
  readonly engine: FaceEngine | null;
  readonly busy: boolean;
}

/** Resolves when the browser is idle, or after `timeoutMs` at the latest. */
function whenIdle(timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, 0);
  });
}

class LiveReadout {
  measurement = $state.raw<FaceMeasurement | null>(null);
  freshness = $state<Freshness>('none');
  status = $state<MeasurerStatus>('idle');
  error = $state<string | null>(null);
  /** The engine's request number of the measured frame (0 before the first), so a change is observable. */
  measuredFrame = $state(0);
  /** How long the last measurement took, for the readout's footnote. */
  measureMs = $state<number | null>(null);
  private readonly schedule = new ReadoutSchedule<ShownFace>();
  private source: ReadoutSource | null = null;
  private engine: FaceEngine | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pauses = 0;

  /** Taps the session's engine once it is ready (and again if it is replaced); returns a stop function. */
  follow(source: ReadoutSource): () => void {
    this.source = source;
    // At once if the engine exists, so the first face is not drawn before the tap is in place.
    if (source.engine) this.attach(source.engine);
    const stop = $effect.root(() => {
      $effect(() => {
        if (source.phase === 'ready' && source.engine) this.attach(source.engine);
      });
    });
    return () => {
      stop();
      if (this.engine) this.engine.mainFrameTap = null;
      this.engine = null;
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

  private attach(engine: FaceEngine): void {
    if (this.engine === engine) return;
    this.engine = engine;
    engine.mainFrameTap = {
      requested: (seq) => {
        this.schedule.requested(seq);
        this.freshness = this.schedule.freshness;
      },
      shown: (face) => {
        if (face.width < MIN_MEASURABLE_SIZE || face.height < MIN_MEASURABLE_SIZE) {
          this.status = 'too-small';
          return;
        }
        this.schedule.shown(face, performance.now());
        this.freshness = this.schedule.freshness;
        this.kick();
      },
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
      await whenIdle(500);
      if (this.status === 'idle') this.status = 'loading';
      const measurer = await browserFaceMeasurer();
      this.status = 'ready';
      const started = performance.now();
      this.measurement = await measurer.measureRgb(face.rgb, face.width, face.height);
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
