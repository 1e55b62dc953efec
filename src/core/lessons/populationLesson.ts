import { message } from '../../i18n/catalogue';
import type { Lesson } from './lessonTypes';

/** The audit every device of the class runs: the same faces from the same seed. */
const AUDIT = { seed: 2024, size: 50 };
/** How far step 3 moves Young, in its condition, its words and the audit's. */
const OLD = 10;
const panel = message('population.heading');
const size = { size: AUDIT.size };

/** Lesson 2: the model's default population against CelebA's shares, then an audit at a slider extreme. */
export const POPULATION_LESSON: Lesson = {
  id: 'population',
  title: 'lesson.population.title',
  summary: 'lesson.population.summary',
  start: { seed: 8, auditSeed: AUDIT.seed, auditSize: AUDIT.size },
  steps: [
    {
      id: 'guess',
      title: 'lesson.population.guess.title',
      instruction: 'lesson.population.guess.instruction',
      action: 'lesson.population.guess.action',
      controls: ['newFace'],
      question: 'lesson.population.guess.question',
      waitFor: [],
      measured: { kind: 'readings', readings: ['age', 'pMale', 'skinL'] },
    },
    {
      id: 'default',
      title: 'lesson.population.default.title',
      instruction: message('lesson.population.default.instruction', { panel }),
      action: message('lesson.population.default.action', { panel }),
      controls: ['population'],
      question: 'lesson.population.default.question',
      waitFor: [{ kind: 'populationReady' }],
      measured: { kind: 'population' },
    },
    {
      id: 'extreme',
      title: 'lesson.population.extreme.title',
      instruction: 'lesson.population.extreme.instruction',
      action: message('lesson.population.extreme.action', { value: OLD }),
      controls: ['sliders'],
      question: 'lesson.population.extreme.question',
      waitFor: [{ kind: 'slider', attribute: 'young', atMost: OLD }],
      measured: { kind: 'readings', readings: ['age', 'pMale', 'skinL'], identity: true },
    },
    {
      id: 'audit',
      title: 'lesson.population.audit.title',
      instruction: message('lesson.population.audit.instruction', size),
      action: message('lesson.population.audit.action', { panel, button: message('audit.start', size) }),
      controls: ['audit'],
      question: 'lesson.population.audit.question',
      waitFor: [{ kind: 'auditDone', at: { attribute: 'young', atMost: OLD } }],
      measured: { kind: 'audit' },
    },
    {
      id: 'why',
      title: 'lesson.population.why.title',
      instruction: 'lesson.population.why.instruction',
      action: 'lesson.population.why.action',
      controls: ['copyLink'],
      question: 'lesson.population.why.question',
      waitFor: [],
      measured: { kind: 'audit' },
    },
  ],
  notes: {
    goals: ['lesson.population.goal1', 'lesson.population.goal2', 'lesson.population.goal3'],
    timing: [
      { minutes: 15, plan: 'lesson.population.plan15' },
      { minutes: 30, plan: message('lesson.population.plan30', size) },
      { minutes: 45, plan: 'lesson.population.plan45' },
    ],
    preparation: [
      message('lesson.population.prep1', size),
      message('lesson.population.prep2', { seed: AUDIT.seed, size: AUDIT.size }),
      'lesson.population.prep3',
    ],
    questions: [
      {
        question: 'lesson.population.q1',
        likely: 'lesson.population.q1.likely',
        why: 'lesson.population.q1.why',
      },
      {
        question: 'lesson.population.q2',
        likely: 'lesson.population.q2.likely',
        why: 'lesson.population.q2.why',
      },
      {
        question: 'lesson.population.q3',
        likely: message('lesson.population.q3.likely', size),
        why: 'lesson.population.q3.why',
      },
    ],
    caveats: ['lesson.population.caveat1', 'lesson.population.caveat2', 'lesson.population.caveat3'],
    reading: [
      { title: 'PAIR explorables: Measuring Diversity', url: 'https://pair.withgoogle.com/explorables/measuring-diversity/' },
      { title: 'Uncovering Bias in Face Generation Models (arXiv 2302.11562)', url: 'https://arxiv.org/abs/2302.11562' },
      { title: 'Monk Skin Tone scale', url: 'https://skintone.google/' },
    ],
  },
};
