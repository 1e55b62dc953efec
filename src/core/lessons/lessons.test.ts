import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_CATALOGUES } from '../../i18n/allCatalogues';
import { loadCatalogue, message, translateText } from '../../i18n/catalogue';
import { conditionProgress, describeCondition, stepProgress, type LessonContext } from './conditions';
import { parseLessonLink, withLessonLink } from './lessonLink';
import { LESSONS, lessonById } from './lessons';
import type { Lesson } from './lessonTypes';
import { lessonProblems, lessonTexts } from './validateLessons';

/** The served model's sliders: conditions must name these. */
const ATTRIBUTE_IDS: string[] = (
  JSON.parse(readFileSync(new URL('../../../models/directions.json', import.meta.url), 'utf8')) as { attributes: { id: string }[] }
).attributes.map((a) => a.id);

const context = (over: Partial<LessonContext> = {}): LessonContext => ({
  explorer: { sliders: { smiling: 50, male: 50 }, locked: new Set() },
  measured: { sliders: { smiling: 50, male: 50 }, locked: [] },
  sweep: { attributeId: null, status: 'idle' },
  audit: { status: 'idle', sliders: {} },
  populationReady: false,
  ...over,
});

describe('lesson definitions', () => {
  it('has at least three lessons with unique ids, each valid against the served sliders and every catalogue', () => {
    expect(LESSONS.length).toBeGreaterThanOrEqual(3);
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    for (const lesson of LESSONS) expect(lessonProblems(lesson, ATTRIBUTE_IDS, ALL_CATALOGUES), lesson.id).toEqual([]);
  });

  it('finds every text of a lesson: title, summary, four per step and the teacher notes', () => {
    const lesson = lessonById('smiling')!;
    const texts = lessonTexts(lesson);
    const { notes } = lesson;
    expect(texts).toHaveLength(
      2 + 4 * lesson.steps.length + notes.goals.length + 3 + notes.preparation.length + 3 * notes.questions.length + notes.caveats.length,
    );
    expect(new Set(texts.map((t) => t.at)).size).toBe(texts.length);
  });

  it('catches a text whose key a language lacks, or whose placeholders its parameters do not fill', () => {
    const lesson = lessonById('smiling')!;
    const [first, second, ...rest] = lesson.steps;
    const broken: Lesson = {
      ...lesson,
      title: 'lesson.missing' as never,
      steps: [
        { ...first!, question: message('lesson.smiling.smile.action') },
        { ...second!, action: message('lesson.smiling.smile.action', { value: 90, extra: 1 }) },
        ...rest,
      ],
    };
    const { de, ...others } = ALL_CATALOGUES;
    const withoutOne = { ...others, de: { ...de, 'lesson.smiling.summary': '' } };
    const problems = lessonProblems(broken, ATTRIBUTE_IDS, withoutOne).join('\n');
    expect(problems).toContain('smiling/title: "lesson.missing" is missing in en');
    expect(problems).toContain('smiling/summary: "lesson.smiling.summary" is empty in de');
    expect(problems).toContain('smiling/meet/question: "lesson.smiling.smile.action" in es has no value for {value}');
    expect(problems).toContain('smiling/smile/action: "lesson.smiling.smile.action" in en does not use extra');
  });

  it('catches a condition on a slider, a reading or a compared step that does not exist', () => {
    const lesson = lessonById('lock')!;
    const broken: Lesson = {
      ...lesson,
      steps: [
        { ...lesson.steps[0]!, waitFor: [{ kind: 'slider', attribute: 'beard', atLeast: 120 }] },
        { ...lesson.steps[1]!, measured: { kind: 'readings', readings: ['mood' as never] } },
        ...lesson.steps.slice(2, 4),
        { ...lesson.steps[4]!, measured: { kind: 'compare', steps: ['later'], readings: ['pMale'] } },
      ],
    };
    const problems = lessonProblems(broken, ATTRIBUTE_IDS).join('\n');
    expect(problems).toContain('"beard" is not a slider');
    expect(problems).toContain('bound 120 is outside 0–100');
    expect(problems).toContain('"mood" is not a reading');
    expect(problems).toContain('compares "later"');
  });
});

describe('conditions', () => {
  const smile90 = { kind: 'slider', attribute: 'smiling', atLeast: 90 } as const;

  it('waits for the action, then for readings of a face in that state', () => {
    expect(conditionProgress(smile90, context())).toBe('waiting');
    const moved = { sliders: { smiling: 95, male: 50 }, locked: new Set<string>() };
    expect(conditionProgress(smile90, context({ explorer: moved }))).toBe('measuring');
    expect(conditionProgress(smile90, context({ explorer: moved, measured: { sliders: { smiling: 95 }, locked: [] } }))).toBe('done');
  });

  it('reads locks, the face as generated and the jobs', () => {
    const locked = { sliders: { smiling: 50 }, locked: ['male'] };
    expect(conditionProgress({ kind: 'lock', attribute: 'male', locked: true }, context({ explorer: locked, measured: locked }))).toBe(
      'done',
    );
    expect(conditionProgress({ kind: 'neutral' }, context())).toBe('done');
    const sweep = { kind: 'sweepDone', attribute: 'smiling' } as const;
    expect(conditionProgress(sweep, context({ sweep: { attributeId: 'smiling', status: 'running' } }))).toBe('measuring');
    expect(conditionProgress(sweep, context({ sweep: { attributeId: 'young', status: 'done' } }))).toBe('waiting');
    expect(conditionProgress(sweep, context({ sweep: { attributeId: 'smiling', status: 'done' } }))).toBe('done');
    expect(conditionProgress({ kind: 'auditDone' }, context({ audit: { status: 'done', sliders: {} } }))).toBe('done');
    // An audit at the extreme the step asks for, not any audit.
    const extreme = { kind: 'auditDone', at: { attribute: 'young', atMost: 10 } } as const;
    expect(conditionProgress(extreme, context({ audit: { status: 'done', sliders: { young: 60 } } }))).toBe('waiting');
    expect(conditionProgress(extreme, context({ audit: { status: 'running', sliders: { young: 0 } } }))).toBe('measuring');
    expect(conditionProgress(extreme, context({ audit: { status: 'done', sliders: { young: 5 } } }))).toBe('done');
  });

  it('a step is as far as its least advanced condition, and done at once without any', () => {
    expect(stepProgress({ waitFor: [] }, context())).toBe('done');
    expect(stepProgress({ waitFor: [{ kind: 'neutral' }, smile90] }, context())).toBe('waiting');
  });

  it('says what it waits for in words, in the shown language', async () => {
    const label = (id: string) => ({ smiling: 'Smiling', young: 'Young', male: 'Male' })[id] ?? id;
    const words = (condition: Parameters<typeof describeCondition>[0], locale: 'en' | 'de' = 'en') =>
      translateText(locale, describeCondition(condition, label));
    expect(words(smile90)).toBe('Smiling at 90 or more');
    expect(words({ kind: 'slider', attribute: 'young', atMost: 10 })).toBe('Young at 10 or less');
    expect(words({ kind: 'lock', attribute: 'male', locked: true })).toBe('Male locked');
    expect(words({ kind: 'auditDone', at: { attribute: 'young', atMost: 10 } })).toBe('a finished audit with Young at 10 or less');
    await loadCatalogue('de');
    expect(words({ kind: 'auditDone', at: { attribute: 'young', atMost: 10 } }, 'de')).toBe(
      'ein fertiges Audit mit Young auf 10 oder weniger',
    );
  });
});

describe('lesson links', () => {
  it('round-trip every step of every lesson, keeping the rest of the link', () => {
    for (const lesson of LESSONS)
      for (let step = 0; step < lesson.steps.length; step++) {
        const search = withLessonLink('?seed=7&smiling=90&audit=2024', { id: lesson.id, step });
        expect(search).toContain('seed=7&smiling=90&audit=2024');
        expect(parseLessonLink(search, LESSONS)).toEqual({ lessonId: lesson.id, step, problems: [] });
      }
    expect(withLessonLink('?seed=7&lesson=lock&step=2', null)).toBe('?seed=7');
  });

  it('says what it did with an unknown lesson or a step out of range', () => {
    expect(parseLessonLink('?lesson=nope', LESSONS)).toMatchObject({
      lessonId: null,
      problems: [message('lessonLink.unknown', { id: 'nope', known: 'smiling, population, lock' })],
    });
    expect(parseLessonLink('?lesson=lock&step=9', LESSONS)).toMatchObject({ lessonId: 'lock', step: 4 });
    expect(parseLessonLink('?lesson=lock&step=x', LESSONS)).toMatchObject({ lessonId: 'lock', step: 0 });
    expect(translateText('en', parseLessonLink('?lesson=lock&step=x', LESSONS).problems)).toBe(
      'Step "x" in the link is not a step of this lesson (1–5); showing step 1.',
    );
  });
});

describe('lesson readings', () => {
  it('compares remembered steps, and leaves a step not yet done empty', async () => {
    const { compareRows } = await import('./lessonReadings');
    const { fakeFace } = await import('../measure/sweepFixtures');
    const lock = lessonById('lock')!;
    const rows = compareRows(lock.steps, ['unlocked', 'locked'], ['pMale'], {
      unlocked: { start: fakeFace({ pMale: 0.7 }), now: fakeFace({ pMale: 0.4 }), identity: 0.5, sliders: { smiling: 95 }, locked: [] },
    });
    expect(rows[0]!.changes![0]).toMatchObject({ direction: 'down', flagged: true });
    expect(rows[0]!.identity).toBe(0.5);
    expect(rows[1]!.changes).toBeNull();
  });
});
