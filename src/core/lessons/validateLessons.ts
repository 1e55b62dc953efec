/**
 * Checks lesson definitions against what the app has: every slider a condition or start names is
 * an attribute, every reading a view shows exists, every control is one the panel knows, and
 * compare views name earlier steps that remember their readings.
 */
import { SLIDER_MAX, SLIDER_MIN } from '../attributes';
import { READINGS } from '../measure/readings';
import { LESSON_CONTROLS, type Lesson, type StepCondition } from './lessonTypes';

export const MIN_STEPS = 4;
export const MAX_STEPS = 7;

export function lessonProblems(lesson: Lesson, attributeIds: readonly string[]): string[] {
  const problems: string[] = [];
  const where = (step: string) => `${lesson.id}/${step}`;
  const readingIds = new Set<string>(READINGS.map((r) => r.id));
  const checkAttribute = (at: string, id: string) => {
    if (!attributeIds.includes(id)) problems.push(`${at}: "${id}" is not a slider`);
  };
  const checkCondition = (at: string, c: StepCondition): void => {
    if (c.kind === 'slider') {
      checkAttribute(at, c.attribute);
      for (const bound of [c.atLeast, c.atMost])
        if (bound !== undefined && (bound < SLIDER_MIN || bound > SLIDER_MAX)) problems.push(`${at}: bound ${bound} is outside 0–100`);
      if (c.atLeast === undefined && c.atMost === undefined) problems.push(`${at}: a slider condition needs a bound`);
    }
    if (c.kind === 'lock' || c.kind === 'sweepDone') checkAttribute(at, c.attribute);
    if (c.kind === 'auditDone' && c.at) checkCondition(at, { kind: 'slider', ...c.at });
  };

  if (!/^[a-z][a-z0-9-]*$/.test(lesson.id)) problems.push(`${lesson.id}: an id must be lowercase letters, digits and "-"`);
  if (lesson.steps.length < MIN_STEPS || lesson.steps.length > MAX_STEPS)
    problems.push(`${lesson.id}: ${lesson.steps.length} steps, not ${MIN_STEPS}–${MAX_STEPS}`);
  for (const id of Object.keys(lesson.start.sliders ?? {})) checkAttribute(`${lesson.id}/start`, id);
  for (const id of lesson.start.locks ?? []) checkAttribute(`${lesson.id}/start`, id);
  const seen = new Map<string, boolean>();
  for (const step of lesson.steps) {
    const at = where(step.id);
    if (seen.has(step.id)) problems.push(`${at}: the step id is used twice`);
    for (const text of [step.title, step.instruction, step.action, step.question])
      if (!text.trim()) problems.push(`${at}: a text is empty`);
    for (const control of step.controls) if (!LESSON_CONTROLS.includes(control)) problems.push(`${at}: "${control}" is not a control`);
    for (const condition of step.waitFor) checkCondition(at, condition);
    const view = step.measured;
    if (view.kind === 'readings' || view.kind === 'compare')
      for (const id of view.readings) if (!readingIds.has(id)) problems.push(`${at}: "${id}" is not a reading`);
    if (view.kind === 'compare')
      for (const id of view.steps) if (!seen.get(id)) problems.push(`${at}: compares "${id}", which is not an earlier step that remembers`);
    seen.set(step.id, step.remember === true);
  }
  const minutes = lesson.notes.timing.map((t) => t.minutes).join(',');
  if (minutes !== '15,30,45') problems.push(`${lesson.id}: teacher notes need plans for 15, 30 and 45 minutes, not ${minutes}`);
  return problems;
}
