/**
 * The readings a lesson step shows: start → now for the step's readings (the presenter's rule
 * for side effects), and the compare view's rows from readings remembered at earlier steps.
 */
import type { FaceMeasurement } from '../measure/faceMeasurer';
import type { ReadingId } from '../measure/readings';
import { movedSliders } from '../presenter/frameState';
import { readingChanges, type ReadingChangeView } from '../presenter/readingChange';
import type { LessonStep } from './lessonTypes';

/** What was on screen when a step was done. */
export interface RememberedReadings {
  start: FaceMeasurement | null;
  now: FaceMeasurement;
  identity: number | null;
  sliders: Readonly<Record<string, number>>;
  locked: readonly string[];
}

/** Start → now for the chosen readings, in the step's order. */
export function stepChanges(
  readings: readonly ReadingId[],
  start: FaceMeasurement | null,
  now: FaceMeasurement | null,
  sliders: Readonly<Record<string, number>>,
): ReadingChangeView[] {
  const all = readingChanges(start, now, movedSliders(sliders));
  return readings.map((id) => all.find((v) => v.spec.id === id)!);
}

export interface CompareRow {
  step: Pick<LessonStep, 'id' | 'title'>;
  /** null: the step was not done yet, so nothing was remembered. */
  changes: ReadingChangeView[] | null;
  identity: number | null;
  locked: readonly string[];
}

export function compareRows(
  steps: readonly LessonStep[],
  ids: readonly string[],
  readings: readonly ReadingId[],
  remembered: Readonly<Record<string, RememberedReadings>>,
): CompareRow[] {
  return ids.map((id) => {
    const step = steps.find((s) => s.id === id)!;
    const kept = remembered[id];
    return {
      step,
      changes: kept ? stepChanges(readings, kept.start, kept.now, kept.sliders) : null,
      identity: kept?.identity ?? null,
      locked: kept?.locked ?? [],
    };
  });
}
