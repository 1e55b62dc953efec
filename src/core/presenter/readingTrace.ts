/**
 * Play's live trace: one point per measured frame that Play drew, each reading against the
 * played slider's value, for one face (seed, locks and the other sliders as they were).
 */
import type { FaceMeasurement } from '../measure/faceMeasurer';
import { READINGS, type ReadingId, type ReadingSpec } from '../measure/readings';
import type { FrameState } from './frameState';

export interface TracePoint {
  /** The engine's request number of the measured frame. */
  frame: number;
  slider: number;
  values: Readonly<Record<ReadingId, number | null>>;
}

export interface Trace {
  /** Which face and slider the points belong to (traceKey); null when empty. */
  key: string | null;
  points: readonly TracePoint[];
}

export const EMPTY_TRACE: Trace = { key: null, points: [] };

/** Enough for a long demo on a fast GPU; older points go first. */
export const TRACE_CAPACITY = 600;

/** Same key, same face: only the played slider differs between its points. */
export function traceKey(state: FrameState, attribute: string): string {
  const others = Object.entries(state.sliders)
    .filter(([id]) => id !== attribute)
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([state.seed, attribute, [...state.locked].sort(), others]);
}

/** The trace with this measured frame added, or unchanged when Play did not draw the frame. */
export function addToTrace(trace: Trace, frame: number, state: FrameState, measurement: FaceMeasurement): Trace {
  if (state.playing === null) return trace;
  const key = traceKey(state, state.playing);
  const values = Object.fromEntries(READINGS.map((r) => [r.id, r.read(measurement)])) as Record<ReadingId, number | null>;
  const point = { frame, slider: state.sliders[state.playing] ?? 50, values };
  const points = key === trace.key ? [...trace.points, point].slice(-TRACE_CAPACITY) : [point];
  return { key, points };
}

/**
 * SVG polyline points in a width × height box: slider 0–100 across, the reading's gauge range
 * up. Sorted by slider value, so going back and forth draws one curve, not a scribble.
 */
export function tracePolyline(points: readonly TracePoint[], spec: ReadingSpec, width: number, height: number): string {
  return points
    .filter((p) => p.values[spec.id] !== null)
    .map((p) => ({ x: (p.slider / 100) * width, y: traceY(p.values[spec.id]!, spec, height) }))
    .sort((a, b) => a.x - b.x)
    .map((p) => `${round(p.x)},${round(p.y)}`)
    .join(' ');
}

export function traceY(value: number, spec: ReadingSpec, height: number): number {
  const t = (value - spec.gauge.min) / (spec.gauge.max - spec.gauge.min);
  return height * (1 - Math.min(1, Math.max(0, t)));
}

const round = (v: number) => Math.round(v * 10) / 10;
