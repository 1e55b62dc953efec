import { message } from '../../i18n/catalogue';
import { SAME_PERSON_THRESHOLD } from '../identity';
import type { Lesson } from './lessonTypes';

/** The smile both steps ask for, in their conditions and in their words. */
const SMILE = 90;
const SEED = 21;

/** Lesson 3: lock Male while Smiling moves; the drift before and after, and what the lock costs in identity. */
export const LOCK_LESSON: Lesson = {
  id: 'lock',
  title: 'lesson.lock.title',
  summary: 'lesson.lock.summary',
  start: { seed: SEED },
  steps: [
    {
      id: 'start',
      title: 'lesson.lock.start.title',
      instruction: 'lesson.lock.start.instruction',
      action: 'lesson.lock.start.action',
      controls: ['readout'],
      question: 'lesson.lock.start.question',
      waitFor: [{ kind: 'neutral' }, { kind: 'lock', attribute: 'male', locked: false }],
      measured: { kind: 'readings', readings: ['pMale', 'pHappy', 'age'] },
    },
    {
      id: 'unlocked',
      title: 'lesson.lock.unlocked.title',
      instruction: 'lesson.lock.unlocked.instruction',
      action: message('lesson.lock.unlocked.action', { value: SMILE }),
      controls: ['sliders'],
      question: 'lesson.lock.unlocked.question',
      waitFor: [
        { kind: 'slider', attribute: 'smiling', atLeast: SMILE },
        { kind: 'lock', attribute: 'male', locked: false },
      ],
      measured: { kind: 'readings', readings: ['pMale', 'pHappy'], identity: true },
      remember: true,
    },
    {
      id: 'lock',
      title: 'lesson.lock.lock.title',
      instruction: 'lesson.lock.lock.instruction',
      action: message('lesson.lock.lock.action', { lock: message('sliders.lock') }),
      controls: ['locks'],
      question: 'lesson.lock.lock.question',
      waitFor: [{ kind: 'lock', attribute: 'male', locked: true }],
      measured: { kind: 'readings', readings: ['pMale', 'pHappy'], identity: true },
    },
    {
      id: 'locked',
      title: 'lesson.lock.locked.title',
      instruction: 'lesson.lock.locked.instruction',
      action: message('lesson.lock.locked.action', { value: SMILE }),
      controls: ['sliders', 'locks'],
      question: 'lesson.lock.locked.question',
      waitFor: [
        { kind: 'slider', attribute: 'smiling', atLeast: SMILE },
        { kind: 'lock', attribute: 'male', locked: true },
      ],
      measured: { kind: 'readings', readings: ['pMale', 'pHappy'], identity: true },
      remember: true,
    },
    {
      id: 'cost',
      title: 'lesson.lock.cost.title',
      instruction: 'lesson.lock.cost.instruction',
      action: 'lesson.lock.cost.action',
      controls: ['readout'],
      question: 'lesson.lock.cost.question',
      waitFor: [],
      measured: { kind: 'compare', steps: ['unlocked', 'locked'], readings: ['pMale', 'pHappy'] },
    },
  ],
  notes: {
    goals: ['lesson.lock.goal1', 'lesson.lock.goal2', 'lesson.lock.goal3'],
    timing: [
      { minutes: 15, plan: 'lesson.lock.plan15' },
      { minutes: 30, plan: 'lesson.lock.plan30' },
      { minutes: 45, plan: 'lesson.lock.plan45' },
    ],
    preparation: [message('lesson.lock.prep1', { seed: SEED }), 'lesson.lock.prep2'],
    questions: [
      {
        question: 'lesson.lock.q1',
        likely: 'lesson.lock.q1.likely',
        why: 'lesson.lock.q1.why',
      },
      {
        question: 'lesson.lock.q2',
        likely: 'lesson.lock.q2.likely',
        why: 'lesson.lock.q2.why',
      },
      {
        question: 'lesson.lock.q3',
        likely: 'lesson.lock.q3.likely',
        why: 'lesson.lock.q3.why',
      },
    ],
    caveats: ['lesson.lock.caveat1', 'lesson.lock.caveat2', message('lesson.lock.caveat3', { threshold: SAME_PERSON_THRESHOLD })],
    reading: [
      { title: 'Shen et al., InterFaceGAN: conditional manipulation', url: 'https://arxiv.org/abs/2005.09635' },
      { title: 'Härkönen et al., GANSpace', url: 'https://arxiv.org/abs/2004.02546' },
      { title: 'PAIR explorables: Measuring Diversity', url: 'https://pair.withgoogle.com/explorables/measuring-diversity/' },
    ],
  },
};
