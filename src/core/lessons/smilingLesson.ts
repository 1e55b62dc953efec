import { message } from '../../i18n/catalogue';
import { SAME_PERSON_THRESHOLD } from '../identity';
import type { Lesson } from './lessonTypes';

/** The smile step 2 asks for, in its condition and in its words. */
const SMILE = 90;
const threshold = { threshold: SAME_PERSON_THRESHOLD };

/** Lesson 1: one face's start → now, then a sweep over several faces: side effects are a pattern. */
export const SMILING_LESSON: Lesson = {
  id: 'smiling',
  title: 'lesson.smiling.title',
  summary: 'lesson.smiling.summary',
  start: { seed: 7 },
  steps: [
    {
      id: 'meet',
      title: 'lesson.smiling.meet.title',
      instruction: 'lesson.smiling.meet.instruction',
      action: 'lesson.smiling.meet.action',
      controls: ['readout'],
      question: 'lesson.smiling.meet.question',
      waitFor: [{ kind: 'neutral' }],
      measured: { kind: 'readings', readings: ['age', 'pMale', 'pHappy', 'skinL'] },
      remember: true,
    },
    {
      id: 'smile',
      title: 'lesson.smiling.smile.title',
      instruction: 'lesson.smiling.smile.instruction',
      action: message('lesson.smiling.smile.action', { value: SMILE }),
      controls: ['sliders'],
      question: 'lesson.smiling.smile.question',
      waitFor: [{ kind: 'slider', attribute: 'smiling', atLeast: SMILE }],
      measured: { kind: 'readings', readings: ['pHappy', 'pMale', 'age', 'skinL'], identity: true },
      remember: true,
    },
    {
      id: 'read',
      title: 'lesson.smiling.read.title',
      instruction: message('lesson.smiling.read.instruction', { flag: message('presenter.sideEffect') }),
      action: 'lesson.smiling.read.action',
      controls: ['readout'],
      question: message('lesson.smiling.read.question', threshold),
      waitFor: [],
      measured: { kind: 'readings', readings: ['pHappy', 'pMale', 'age', 'skinL', 'yaw'], identity: true },
    },
    {
      id: 'sweep',
      title: 'lesson.smiling.sweep.title',
      instruction: 'lesson.smiling.sweep.instruction',
      action: message('lesson.smiling.sweep.action', { panel: message('bias.heading'), button: message('sweep.start') }),
      controls: ['sweep'],
      question: 'lesson.smiling.sweep.question',
      waitFor: [{ kind: 'sweepDone', attribute: 'smiling' }],
      measured: { kind: 'sweep' },
    },
    {
      id: 'pattern',
      title: 'lesson.smiling.pattern.title',
      instruction: 'lesson.smiling.pattern.instruction',
      action: message('lesson.smiling.pattern.action', { panel: message('bias.heading') }),
      controls: ['sweep'],
      question: 'lesson.smiling.pattern.question',
      waitFor: [],
      measured: { kind: 'sweep' },
    },
  ],
  notes: {
    goals: ['lesson.smiling.goal1', 'lesson.smiling.goal2', 'lesson.smiling.goal3'],
    timing: [
      { minutes: 15, plan: 'lesson.smiling.plan15' },
      { minutes: 30, plan: 'lesson.smiling.plan30' },
      { minutes: 45, plan: 'lesson.smiling.plan45' },
    ],
    preparation: [
      'lesson.smiling.prep1',
      'lesson.smiling.prep2',
      message('lesson.smiling.prep3', { button: message('lessonPanel.printSheet') }),
    ],
    questions: [
      {
        question: 'lesson.smiling.q1',
        likely: 'lesson.smiling.q1.likely',
        why: 'lesson.smiling.q1.why',
      },
      {
        question: message('lesson.smiling.q2', threshold),
        likely: message('lesson.smiling.q2.likely', threshold),
        why: 'lesson.smiling.q2.why',
      },
      {
        question: 'lesson.smiling.q3',
        likely: 'lesson.smiling.q3.likely',
        why: 'lesson.smiling.q3.why',
      },
    ],
    caveats: ['lesson.smiling.caveat1', 'lesson.smiling.caveat2', 'lesson.smiling.caveat3'],
    reading: [
      { title: 'PAIR explorables: Measuring Diversity', url: 'https://pair.withgoogle.com/explorables/measuring-diversity/' },
      { title: 'Shen et al., InterFaceGAN: interpreting the latent space of GANs', url: 'https://arxiv.org/abs/2005.09635' },
      { title: 'Buolamwini and Gebru, Gender Shades', url: 'https://proceedings.mlr.press/v81/buolamwini18a.html' },
    ],
  },
};
