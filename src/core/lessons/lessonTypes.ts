/**
 * A guided lesson as typed data: steps that say what to do in the app, ask the class a question
 * and show what the app measured, and teacher notes to prepare and print. Conditions are data
 * (conditions.ts evaluates them), so a unit test can check that each names a real slider,
 * reading and control (validateLessons.ts). Texts are message keys (src/i18n/<locale>/lesson*.ts),
 * so a lesson reads in the shown language.
 */
import type { Message, MessageKey } from '../../i18n/catalogue';
import type { ReadingId } from '../measure/readings';

/**
 * A lesson's text: a catalogue key, or a key with parameters where the text names a value the
 * lesson also uses as data (a slider bound, a seed) or a control by its own label (a nested message).
 */
export type LessonText = MessageKey | Message;

export function lessonMessage(text: LessonText): Message {
  return typeof text === 'string' ? { key: text } : text;
}

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
  title: LessonText;
  /** What the teacher says or the student reads first. */
  instruction: LessonText;
  /** What to do in the app. */
  action: LessonText;
  /** The controls the action uses (checked against LESSON_CONTROLS). */
  controls: readonly LessonControl[];
  /** The question for the class. */
  question: LessonText;
  /** All must hold for the step to be done; none: the step is done at once. */
  waitFor: readonly StepCondition[];
  measured: MeasuredView;
  /** Remember the readings on screen when the step is done, for a later compare view. */
  remember?: boolean;
}

export interface NotesQuestion {
  question: LessonText;
  /** What the class is likely to see. */
  likely: LessonText;
  /** Why the model and the measurements behave so. */
  why: LessonText;
}

export interface TeacherNotes {
  goals: readonly LessonText[];
  /** What to do in 15, 30 and 45 minutes. */
  timing: { minutes: 15 | 30 | 45; plan: LessonText }[];
  preparation: readonly LessonText[];
  questions: readonly NotesQuestion[];
  caveats: readonly LessonText[];
  /** Publications and pages by their own (English) titles: not translated. */
  reading: readonly { title: string; url: string }[];
}

export interface Lesson {
  /** The `lesson=` value in a link. */
  id: string;
  title: LessonText;
  summary: LessonText;
  /** The state a lesson opened from the menu starts at: a fixed face, so a class sees the same one. */
  start: { seed: number; sliders?: Readonly<Record<string, number>>; locks?: readonly string[]; auditSeed?: number; auditSize?: number };
  steps: readonly LessonStep[];
  notes: TeacherNotes;
}
