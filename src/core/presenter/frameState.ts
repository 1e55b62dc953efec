/**
 * Which state of the sliders each drawn frame shows. The readout measures frames late (on WASM
 * seconds after they were asked for, and during Play the sliders have moved on by then), so a
 * measurement is paired with the state of the frame it measured, never with the sliders of now.
 */
import { SLIDER_NEUTRAL } from '../attributes';

export interface FrameState {
  seed: number;
  sliders: Readonly<Record<string, number>>;
  locked: readonly string[];
  /** The slider Play was moving when this frame was asked for. */
  playing: string | null;
}

export class FrameLedger {
  private readonly states = new Map<number, FrameState>();

  constructor(private readonly capacity = 512) {}

  record(seq: number, state: FrameState): void {
    this.states.delete(seq);
    this.states.set(seq, state);
    // Maps keep insertion order: the first key is the oldest frame.
    if (this.states.size > this.capacity) this.states.delete(this.states.keys().next().value!);
  }

  stateOf(seq: number): FrameState | null {
    return this.states.get(seq) ?? null;
  }
}

/** All sliders at 50: the face as generated, whatever is locked (a lock only bends other moves). */
export function isNeutral(sliders: Readonly<Record<string, number>>): boolean {
  return Object.values(sliders).every((v) => v === SLIDER_NEUTRAL);
}

export function movedSliders(sliders: Readonly<Record<string, number>>): Set<string> {
  return new Set(
    Object.entries(sliders)
      .filter(([, v]) => v !== SLIDER_NEUTRAL)
      .map(([id]) => id),
  );
}
