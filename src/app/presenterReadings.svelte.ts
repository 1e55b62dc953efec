/**
 * The presenter's bookkeeping around the live readout: the start value of each seed (all
 * sliders at 50) and Play's trace. Each measured record carries the state it was asked with,
 * so nothing here works out which sliders a frame showed.
 */
import { untrack } from 'svelte';
import { measuredReadings, type FrameRecord } from '../core/frameRecord';
import type { FaceMeasurement } from '../core/measure/faceMeasurer';
import type { FrameState } from '../core/presenter/frameState';
import { ReadingBaseline } from '../core/presenter/readingBaseline';
import { addToTrace, EMPTY_TRACE, traceKey, type Trace } from '../core/presenter/readingTrace';
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
      traceKey(
        { seed: session.state.seed, sliders: session.state.sliders, locked: [...session.state.locked], playing: null },
        presenter.playAttribute,
      )
      ? this.trace
      : EMPTY_TRACE,
  );
  private readonly baseline = new ReadingBaseline();
  private lastId = 0;

  /** Starts the bookkeeping; returns a stop function. */
  follow(): () => void {
    return $effect.root(() => {
      $effect(() => {
        const record = session.frames.measured;
        untrack(() => this.onMeasured(record));
      });
    });
  }

  private onMeasured(record: FrameRecord | null): void {
    const readings = measuredReadings(record);
    // A record grows (HD after readings): each measured frame counts once.
    if (!record || !readings || record.id === this.lastId) return;
    this.lastId = record.id;
    this.baseline.observe(record.state, readings.measurement);
    this.shown = { measurement: readings.measurement, state: record.state };
    this.start = this.baseline.startFor(record.state.seed);
    this.trace = addToTrace(this.trace, record.id, record.state, readings.measurement);
  }
}

export const presenterReadings = new PresenterReadings();
