/**
 * Checks lesson definitions against what the app has: every slider a condition or start names is
 * an attribute, every reading a view shows exists, every control is one the panel knows, compare
 * views name earlier steps that remember their readings, and every text is a message that each
 * language's catalogue has, with a value for each of its placeholders.
 */
import { ENGLISH, type Message } from '../../i18n/catalogue';
import { placeholders } from '../../i18n/format';
import { SLIDER_MAX, SLIDER_MIN } from '../attributes';
import { READINGS } from '../measure/readings';
import { LESSON_CONTROLS, lessonMessage, type Lesson, type LessonText, type StepCondition } from './lessonTypes';

/** Catalogues by language; a lesson's texts must be in each. */
export type Catalogues = Readonly<Record<string, Readonly<Record<string, string>>>>;

export const MIN_STEPS = 4;
export const MAX_STEPS = 7;

export function lessonProblems(lesson: Lesson, attributeIds: readonly string[], catalogues: Catalogues = { en: ENGLISH }): string[] {
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
  for (const { at, text } of lessonTexts(lesson)) problems.push(...messageProblems(at, lessonMessage(text), catalogues));
  return problems;
}

/** Every text of a lesson with where it is: its title and summary, each step's and the teacher notes'. */
export function lessonTexts(lesson: Lesson): { at: string; text: LessonText }[] {
  const { notes } = lesson;
  return [
    { at: `${lesson.id}/title`, text: lesson.title },
    { at: `${lesson.id}/summary`, text: lesson.summary },
    ...lesson.steps.flatMap((s) =>
      (['title', 'instruction', 'action', 'question'] as const).map((field) => ({ at: `${lesson.id}/${s.id}/${field}`, text: s[field] })),
    ),
    ...notes.goals.map((text, i) => ({ at: `${lesson.id}/goals/${i + 1}`, text })),
    ...notes.timing.map((t) => ({ at: `${lesson.id}/timing/${t.minutes}`, text: t.plan })),
    ...notes.preparation.map((text, i) => ({ at: `${lesson.id}/preparation/${i + 1}`, text })),
    ...notes.questions.flatMap((q, i) =>
      (['question', 'likely', 'why'] as const).map((field) => ({ at: `${lesson.id}/questions/${i + 1}/${field}`, text: q[field] })),
    ),
    ...notes.caveats.map((text, i) => ({ at: `${lesson.id}/caveats/${i + 1}`, text })),
  ];
}

/** A key every language has, not empty, each placeholder given a value and each value used; values that are messages too. */
function messageProblems(at: string, m: Message, catalogues: Catalogues): string[] {
  const problems: string[] = [];
  const given = Object.keys(m.params ?? {}).sort();
  for (const [locale, catalogue] of Object.entries(catalogues)) {
    const template = catalogue[m.key];
    if (template === undefined || !template.trim()) {
      problems.push(`${at}: "${m.key}" is ${template === undefined ? 'missing' : 'empty'} in ${locale}`);
      continue;
    }
    const wanted = [...new Set(placeholders(template))];
    const unfilled = wanted.filter((name) => !given.includes(name));
    const unused = given.filter((name) => !wanted.includes(name));
    if (unfilled.length) problems.push(`${at}: "${m.key}" in ${locale} has no value for {${unfilled.join('}, {')}}`);
    if (unused.length) problems.push(`${at}: "${m.key}" in ${locale} does not use ${unused.join(', ')}`);
  }
  for (const [name, value] of Object.entries(m.params ?? {}))
    if (typeof value === 'object' && 'key' in value) problems.push(...messageProblems(`${at}/{${name}}`, value, catalogues));
  return problems;
}
