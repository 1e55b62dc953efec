/**
 * What a scripted drag showed (bench-drag.ts): each sample pairs the slider's value with the
 * value of the face on screen at that moment.
 */
export interface DragSample {
  /** ms since the drag began. */
  at: number;
  slider: number;
  /** The value of the face on screen (its record's state), or null before any face. */
  shown: number | null;
  /** The face on screen's request id and whether it was the nearest prepared face. */
  id: number;
  approximate: boolean;
}

export interface DragRecord {
  samples: DragSample[];
  /** ms from the last input to the exact face of the last value on screen. */
  releaseToExactMs: number;
  /** Longest main-thread task during the drag and release, ms (0: none over 50 ms). */
  longestTaskMs: number;
}

export interface DragSummary {
  /** Distinct faces on screen during the drag (a change of request or of shown value). */
  facesShown: number;
  /** Mean |slider − shown value| over the samples, slider units. */
  meanTrackingError: number;
  releaseToExactMs: number;
  longestTaskMs: number;
}

export function summarizeDrag(record: DragRecord): DragSummary {
  let faces = 0;
  let last: string | null = null;
  let error = 0;
  let counted = 0;
  for (const s of record.samples) {
    const key = `${s.id}:${s.shown}:${s.approximate}`;
    if (s.shown !== null && key !== last) faces++;
    last = key;
    if (s.shown === null) continue;
    error += Math.abs(s.slider - s.shown);
    counted++;
  }
  return {
    facesShown: faces,
    meanTrackingError: counted ? error / counted : NaN,
    releaseToExactMs: record.releaseToExactMs,
    longestTaskMs: record.longestTaskMs,
  };
}

/** The drag of issue 21: 50 → 100 → 0 → 50, linear, over `seconds`. */
export function dragValue(t: number, seconds: number): number {
  const u = Math.min(1, Math.max(0, t / (seconds * 1000))) * 4;
  const v = u < 1 ? 50 + 50 * u : u < 3 ? 100 - 50 * (u - 1) : 50 * (u - 3);
  return Math.round(v);
}
