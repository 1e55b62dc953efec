/**
 * The face as generated: the measurement taken with every slider at 50, per seed. A seed whose
 * first measurements were all at other slider values has no start value, and the presenter
 * says so rather than guessing one.
 */
import type { FaceMeasurement } from '../measure/faceMeasurer';
import { isNeutral, type FrameState } from './frameState';

export class ReadingBaseline {
  private readonly starts = new Map<number, FaceMeasurement>();

  /** A few seeds back, so returning to a face (the back button) keeps its start value. */
  constructor(private readonly capacity = 16) {}

  observe(state: FrameState, measurement: FaceMeasurement): void {
    if (!isNeutral(state.sliders)) return;
    this.starts.delete(state.seed);
    this.starts.set(state.seed, measurement);
    if (this.starts.size > this.capacity) this.starts.delete(this.starts.keys().next().value!);
  }

  startFor(seed: number): FaceMeasurement | null {
    return this.starts.get(seed) ?? null;
  }
}
