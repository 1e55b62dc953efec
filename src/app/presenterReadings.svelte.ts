/**
 * The presenter's bookkeeping around the live readout: which slider state each measured frame
 * showed, the start value of each seed (all sliders at 50), and Play's trace. It only reads
 * the session, the readout and the player; nothing here changes what is drawn or measured.
 */
import { untrack } from 'svelte';
import type { FaceMeasurement } from '../core/measure/faceMeasurer';
import { FrameLedger, type FrameState } from '../core/presenter/frameState';
import { ReadingBaseline } from '../core/presenter/readingBaseline';
import { addToTrace, EMPTY_TRACE, traceKey, type Trace } from '../core/presenter/readingTrace';
import { liveReadout } from './liveReadout.svelte';
import { presenter } from './presenter.svelte';
import { session } from './session.svelte';

class PresenterReadings {
  /** The latest measurement and the state of the frame it measured (null until one is known). */
  shown = $state.raw<{ measurement: FaceMeasurement; state: FrameState } | null>(null);
  /** The face as generated for the shown measurement's seed, or null while not measured. */
  start = $state.raw<FaceMeasurement | null>(null);
  trace = $state.raw<Trace>(EMPTY_TRACE);
  /** The trace while it belongs to the face on screen and the chosen slider; empty otherwise. */
  visibleTrace = $derived(
    this.trace.key ===
      traceKey({ seed: session.seed, sliders: session.sliders, locked: [...session.locked], playing: null }, presenter.playAttribute)
      ? this.trace
      : EMPTY_TRACE,
  );
  private readonly ledger = new FrameLedger();
  private readonly baseline = new ReadingBaseline();

  /** Starts the bookkeeping; returns a stop function. */
  follow(): () => void {
    return $effect.root(() => {
      $effect(() => this.recordRequest(this.currentState()));
      $effect(() => {
        const frame = liveReadout.measuredFrame;
        untrack(() => this.onMeasured(frame));
      });
    });
  }

  /** Read with the sliders tracked, so every move is recorded; Play's state is read untracked. */
  private currentState(): FrameState {
    return {
      seed: session.seed,
      sliders: { ...session.sliders },
      locked: [...session.locked],
      playing: untrack(() => presenter.player.playing),
    };
  }

  /**
   * Effects run after the session has asked the engine for the frame, so the engine's request
   * number now is the frame that shows this state (the readout reports the same numbers).
   */
  private recordRequest(state: FrameState): void {
    const seq = untrack(() => session.requestSeq);
    if (seq > 0) this.ledger.record(seq, state);
  }

  private onMeasured(frame: number): void {
    const measurement = liveReadout.measurement;
    if (frame === 0 || !measurement || liveReadout.status !== 'ready') return;
    // A frame asked for between two effect runs is not in the ledger; when it is what shows
    // now, the sliders of now are its state, otherwise it is skipped rather than guessed.
    const state = this.ledger.stateOf(frame) ?? (liveReadout.freshness === 'fresh' ? this.currentStateNow() : null);
    if (!state) return;
    this.baseline.observe(state, measurement);
    this.shown = { measurement, state };
    this.start = this.baseline.startFor(state.seed);
    this.trace = addToTrace(this.trace, frame, state, measurement);
  }

  private currentStateNow(): FrameState {
    return untrack(() => ({ ...this.currentState(), playing: null }));
  }
}

export const presenterReadings = new PresenterReadings();
