/**
 * A reading as the presenter shows it: its value at the face as generated, its value now, and
 * the change, flagged by the same rule as the sweep's side effects.
 */
import type { FaceMeasurement } from '../measure/faceMeasurer';
import { formatReading, READINGS, type ReadingSpec } from '../measure/readings';
import { isSideEffect } from '../measure/sweepChanges';

export type Direction = 'up' | 'down' | 'none';

export interface ReadingChangeView {
  spec: ReadingSpec;
  /** null: the start value is not known (not measured yet, or nothing to read there). */
  start: number | null;
  now: number | null;
  /** now − start, or null when either is missing. */
  delta: number | null;
  direction: Direction;
  /** A slider meant to move this reading is away from 50 (Smiling for P(happy)). */
  intended: boolean;
  flagged: boolean;
}

/**
 * `start` is the measurement at all sliders 50 for the seed that `now` shows (null when not
 * known); `moved` lists the sliders away from 50 in the state `now` shows.
 */
export function readingChanges(
  start: FaceMeasurement | null,
  now: FaceMeasurement | null,
  moved: ReadonlySet<string>,
): ReadingChangeView[] {
  return READINGS.map((spec) => {
    const s = start ? spec.read(start) : null;
    const n = now ? spec.read(now) : null;
    const delta = s !== null && n !== null ? n - s : null;
    const intended = moved.has(spec.intendedFor);
    return { spec, start: s, now: n, delta, direction: direction(spec, delta), intended, flagged: isSideEffect(spec, delta, intended) };
  });
}

/** A change too small to show at the reading's precision has no direction, so no arrow flickers. */
function direction(spec: ReadingSpec, delta: number | null): Direction {
  if (delta === null || Number(Math.abs(delta).toFixed(spec.digits)) === 0) return 'none';
  return delta > 0 ? 'up' : 'down';
}

/**
 * Units that are words go in the label ("Age (years)"), so the table's numbers stay short; the
 * skin label is shortened, which leaves the trace its width on a 1280 px projector.
 */
export function readingLabel(spec: ReadingSpec): string {
  if (spec.id === 'skinL') return 'Skin L*';
  return spec.unit.startsWith(' ') ? `${spec.label} (${spec.unit.trim()})` : spec.label;
}

export function formatValue(spec: ReadingSpec, value: number): string {
  return formatReading(spec.unit.startsWith(' ') ? { ...spec, unit: '' } : spec, value);
}

/** "▼ 0.33", "▲ 4°", "= 0.00": the arrow carries the direction, so colour is never the only cue. */
export function formatDelta(view: ReadingChangeView): string {
  if (view.delta === null) return '';
  const size = formatValue(view.spec, Math.abs(view.delta));
  return `${{ up: '▲', down: '▼', none: '=' }[view.direction]} ${size}`;
}

/** The change in words, for screen readers and the row's title. */
export function describeChange(view: ReadingChangeView): string {
  if (view.delta === null) return 'no change measured';
  const size = formatValue(view.spec, Math.abs(view.delta));
  const moved = { up: `up ${size}`, down: `down ${size}`, none: 'unchanged' }[view.direction];
  return view.flagged ? `${moved}, a side effect above the threshold` : view.intended ? `${moved}, intended` : moved;
}
