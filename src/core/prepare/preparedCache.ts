/**
 * Faces drawn ahead (and exact faces drawn for the user) with their readings, keyed by the whole
 * state. Bounded: when full, the face farthest from where the user is now goes first.
 */
import type { FaceImage } from '../faceBytes';
import type { FaceReadings, FrameRecord } from '../frameRecord';
import type { FrameState } from '../presenter/frameState';
import { PREPARE_STEP, sameExcept, stateDistance, stateKey } from './preparePlan';

export interface PreparedFace {
  state: FrameState;
  image: FaceImage;
  readings?: FaceReadings;
}

/** At 128 px a face is 64 KB: 320 faces are 20 MB. */
export const PREPARED_FACES_MAX = 320;

export class PreparedCache {
  private readonly faces = new Map<string, PreparedFace>();

  constructor(private readonly max = PREPARED_FACES_MAX) {}

  get size(): number {
    return this.faces.size;
  }

  /** Bytes of the faces kept. */
  get bytes(): number {
    let total = 0;
    for (const face of this.faces.values()) total += face.image.rgba.byteLength;
    return total;
  }

  has(state: Pick<FrameState, 'seed' | 'sliders' | 'locked'>): boolean {
    return this.faces.has(stateKey(state));
  }

  /** Keeps `face`; `near` is where the user is now, which decides what is evicted. */
  put(face: PreparedFace, near: FrameState): void {
    const key = stateKey(face.state);
    this.faces.delete(key);
    this.faces.set(key, face);
    while (this.faces.size > this.max) {
      let farthest: [string, number] | null = null;
      for (const [k, f] of this.faces) {
        const d = stateDistance(f.state, near);
        if (!farthest || d > farthest[1]) farthest = [k, d];
      }
      this.faces.delete(farthest![0]);
    }
  }

  exact(state: FrameState): PreparedFace | null {
    return this.faces.get(stateKey(state)) ?? null;
  }

  /**
   * The kept face nearest `state` along one slider, no farther than half a step: what a drag
   * shows at once while the exact face waits for the hand to rest.
   */
  nearest(state: FrameState, within = PREPARE_STEP / 2): PreparedFace | null {
    let best: [PreparedFace, number] | null = null;
    for (const face of this.faces.values()) {
      const d = stateDistance(face.state, state);
      if (d > within || (best && d >= best[1])) continue;
      const moved = Object.keys(state.sliders).find((id) => face.state.sliders[id] !== state.sliders[id]);
      if (moved === undefined || sameExcept(face.state, state, moved)) best = [face, d];
    }
    return best?.[0] ?? null;
  }

  clear(): void {
    this.faces.clear();
  }
}

/**
 * The record of request `id` shown from a kept face: the face's own state (what it shows), with
 * the request's Play mark, so Play's trace knows Play asked for it. `approximate`: the nearest
 * face, not the exact one.
 */
export function preparedRecord(id: number, asked: FrameState, face: PreparedFace, approximate: boolean): FrameRecord {
  return {
    id,
    state: { ...face.state, playing: asked.playing },
    image: face.image,
    ms: 0,
    final: false,
    prepared: true,
    ...(approximate ? { approximate } : {}),
    ...(face.readings ? { readings: face.readings } : {}),
  };
}
