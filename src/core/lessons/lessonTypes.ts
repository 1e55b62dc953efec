/**
 * A guided lesson as typed data: steps that say what to do in the app, ask the class a question
 * and show what the app measured, and teacher notes to prepare and print. Conditions are data
 * (conditions.ts evaluates them), so a unit test can check that each names a real slider,
 * reading and control (validateLessons.ts).
 */
import type { ReadingId } from '../measure/readings';

/** The controls a step can point at; the lesson panel names them in its words. */
export const LESSON_CONTROLS = ['sliders', 'locks', 'newFace', 'sweep', 'audit', 'population', 'readout', 'copyLink'] as const;
export type LessonControl = (typeof LESSON_CONTROLS)[number];

/** What a step waits for. Every kind is read off the explorer state, the readings or the jobs. */
export type StepCondition =
  /** A slider at or above `atLeast` and/or at or below `atMost`. */
  | { kind: 'slider'; attribute: string; atLeast?: number; atMost?: number }
  /** An attribute locked (or, with `locked: false`, not locked). */
  | { kind: 'lock'; attribute: string; locked: boolean }
  /** Every slider at 50: the face as generated. */
  | { kind: 'neutral' }
  /** A sweep of this slider has measured all its faces. */
  | { kind: 'sweepDone'; attribute: string }
  /** An audit has measured all its faces, if `at` is given with that slider within its bounds. */
  | { kind: 'auditDone'; at?: { attribute: string; atLeast?: number; atMost?: number } }
  /** The default population's summary has loaded. */
  | { kind: 'populationReady' };

/** What the step's "What the app measured" box shows. */
export type MeasuredView =
  /** Start → now for these readings of the face on screen, with its identity distance if asked. */
  | { kind: 'readings'; readings: readonly ReadingId[]; identity?: boolean }
  /** The last sweep's plain-words headline and verdict. */
  | { kind: 'sweep' }
  /** The default population in plain words, next to CelebA's labels. */
  | { kind: 'population' }
  /** The audit's shares against the default population. */
  | { kind: 'audit' }
  /** The readings remembered when earlier steps were done, side by side (before and after a lock). */
  | { kind: 'compare'; steps: readonly string[]; readings: readonly ReadingId[] };

export interface LessonStep {
  /** Stable within its lesson (compare views refer to it). */
  id: string;
  title: string;
  /** What the teacher says or the student reads first. */
  instruction: string;
  /** What to do in the app. */
  action: string;
  /** The controls the action uses (checked against LESSON_CONTROLS). */
  controls: readonly LessonControl[];
  /** The question for the class. */
  question: string;
  /** All must hold for the step to be done; none: the step is done at once. */
  waitFor: readonly StepCondition[];
  measured: MeasuredView;
  /** Remember the readings on screen when the step is done, for a later compare view. */
  remember?: boolean;
}

export interface NotesQuestion {
  question: string;
  /** What the class is likely to see. */
  likely: string;
  /** Why the model and the measurements behave so. */
  why: string;
}

export interface TeacherNotes {
  goals: readonly string[];
  /** What to do in 15, 30 and 45 minutes. */
  timing: { minutes: 15 | 30 | 45; plan: string }[];
  preparation: readonly string[];
  questions: readonly NotesQuestion[];
  caveats: readonly string[];
  reading: readonly { title: string; url: string }[];
}

export interface Lesson {
  /** The `lesson=` value in a link. */
  id: string;
  title: string;
  summary: string;
  /** The state a lesson opened from the menu starts at: a fixed face, so a class sees the same one. */
  start: { seed: number; sliders?: Readonly<Record<string, number>>; locks?: readonly string[]; auditSeed?: number; auditSize?: number };
  steps: readonly LessonStep[];
  notes: TeacherNotes;
}
