/**
 * The state a frame shows. It travels with the frame's request and comes back on its record
 * (core/frameRecord.ts): readings measured seconds later, when Play has moved the sliders on,
 * are still paired with the sliders of the frame they measured.
 */
import { SLIDER_NEUTRAL } from '../attributes';

export interface FrameState {
  seed: number;
  sliders: Readonly<Record<string, number>>;
  locked: readonly string[];
  /** The slider Play was moving when this frame was asked for. */
  playing: string | null;
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
