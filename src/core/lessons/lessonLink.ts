/**
 * The lesson's part of a link: `lesson=<id>&step=<n>` (n from 1, as the panel counts). The rest
 * of the link (seed, sliders, locks, audit seed) is the explorer's, so a lesson link reproduces
 * the face and the step together.
 */
import { message, type Message } from '../../i18n/catalogue';
import type { Lesson } from './lessonTypes';

export interface LessonLink {
  lessonId: string | null;
  /** 0-based. */
  step: number;
  problems: Message[];
}

export function parseLessonLink(search: string, lessons: readonly Lesson[]): LessonLink {
  const params = new URLSearchParams(search);
  const id = params.get('lesson');
  const link: LessonLink = { lessonId: null, step: 0, problems: [] };
  if (id === null) return link;
  const lesson = lessons.find((l) => l.id === id);
  if (!lesson) {
    link.problems.push(message('lessonLink.unknown', { id, known: lessons.map((l) => l.id).join(', ') }));
    return link;
  }
  link.lessonId = lesson.id;
  const stepText = params.get('step');
  if (stepText === null) return link;
  const step = Number(stepText);
  if (!Number.isInteger(step) || step < 1 || step > lesson.steps.length) {
    const used = Number.isFinite(step) ? Math.min(lesson.steps.length, Math.max(1, Math.round(step))) : 1;
    link.problems.push(message('lessonLink.step', { text: stepText, count: lesson.steps.length, used }));
    link.step = used - 1;
  } else link.step = step - 1;
  return link;
}

/** The query with the lesson and step set (or removed with `null`), every other parameter as it was. */
export function withLessonLink(search: string, lesson: { id: string; step: number } | null): string {
  const params = new URLSearchParams(search);
  params.delete('lesson');
  params.delete('step');
  if (lesson) {
    params.set('lesson', lesson.id);
    params.set('step', String(lesson.step + 1));
  }
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}
