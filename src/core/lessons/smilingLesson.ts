import type { Lesson } from './lessonTypes';

/** Lesson 1: one face's start → now, then a sweep over several faces: side effects are a pattern. */
export const SMILING_LESSON: Lesson = {
  id: 'smiling',
  title: 'Does Smiling only change the smile?',
  summary: 'Move one slider, read what else moved, then check whether it happens to other faces too.',
  start: { seed: 7 },
  steps: [
    {
      id: 'meet',
      title: 'Meet the face',
      instruction:
        'This face is drawn by a neural network that learned from celebrity photographs. Every slider is at 50: the face as generated.',
      action: 'Leave every slider at 50 and wait until the readings appear.',
      controls: ['readout'],
      question: 'How old does this person look to you? Would you say they look like a man or a woman, and why?',
      waitFor: [{ kind: 'neutral' }],
      measured: { kind: 'readings', readings: ['age', 'pMale', 'pHappy', 'skinL'] },
      remember: true,
    },
    {
      id: 'smile',
      title: 'Make it smile',
      instruction: 'The Smiling slider moves the face along one direction the model learned for "smiling".',
      action: 'Move Smiling to 90 or more.',
      controls: ['sliders'],
      question: 'What changed besides the smile? Look at the hair, the skin, the jaw, the age.',
      waitFor: [{ kind: 'slider', attribute: 'smiling', atLeast: 90 }],
      measured: { kind: 'readings', readings: ['pHappy', 'pMale', 'age', 'skinL'], identity: true },
      remember: true,
    },
    {
      id: 'read',
      title: 'Read start → now',
      instruction:
        'The app measured the face at the start and now. A change it was not asked to make, above a threshold, is flagged "⚠ side effect".',
      action: 'Read the table: start → now and the change for each reading.',
      controls: ['readout'],
      question: 'Which readings moved more than the threshold? Is the identity distance under 0.6 (likely the same person)?',
      waitFor: [],
      measured: { kind: 'readings', readings: ['pHappy', 'pMale', 'age', 'skinL', 'yaw'], identity: true },
    },
    {
      id: 'sweep',
      title: 'Is it just this face?',
      instruction: 'One face can be an accident. A sweep draws several faces from Smiling 0 to 100 and measures every one.',
      action: 'In "Bias inspection", choose Smiling and press "Run sweep". Wait until it finishes.',
      controls: ['sweep'],
      question: 'Before it finishes: how many of the faces do you expect to show the same side effect?',
      waitFor: [{ kind: 'sweepDone', attribute: 'smiling' }],
      measured: { kind: 'sweep' },
    },
    {
      id: 'pattern',
      title: 'A pattern, not an accident',
      instruction:
        'The sweep averages each change over all its faces. A side effect that shows in most faces belongs to the direction, not to one face.',
      action: 'Look at the sweep chart and the contact sheet under "Bias inspection".',
      controls: ['sweep'],
      question:
        'Why might a model trained on celebrity photographs tie smiling to looking female or younger? Who would be hurt if an app used this slider to "make photos friendlier"?',
      waitFor: [],
      measured: { kind: 'sweep' },
    },
  ],
  notes: {
    goals: [
      'Students can say what a latent direction is in one sentence: a way to move every face at once.',
      'Students read a measurement as start → now and tell an intended change from a side effect.',
      'Students explain why one example is not evidence, and a sweep over several faces is.',
    ],
    timing: [
      {
        minutes: 15,
        plan: 'Steps 1–3 on the projector in presenter mode; one question each; skip the sweep and show its result from a link made beforehand.',
      },
      {
        minutes: 30,
        plan: 'All five steps; students move the slider on their own devices from the lesson link, the class runs one sweep together.',
      },
      {
        minutes: 45,
        plan: 'All five steps, then pairs repeat steps 2–5 with Young or Male and report one side effect with its numbers on the student sheet.',
      },
    ],
    preparation: [
      'Open the lesson once on the classroom computer: the first face downloads about 23 MB of model, later visits start offline.',
      "On a computer without a GPU a face takes about a second and the sweep (6 faces × 7 steps) about two minutes: start it before discussing step 4's question.",
      'Print or share the student sheet ("Print student sheet"), or let students save it as PDF at the end.',
    ],
    questions: [
      {
        question: 'What changed besides the smile?',
        likely: 'For many faces P(male) drops and the face looks more feminine or younger; sometimes skin lightness changes.',
        why: 'The Smiling direction was fitted on CelebA, where smiling photographs are more often of women; the direction picked up what goes together in the data, not only the smile.',
      },
      {
        question: 'Is the identity distance under 0.6?',
        likely: 'At Smiling 90–100 it is often near or above 0.6: the face may read as a different person.',
        why: 'Large moves along a direction change many features at once; face recognition reads them as another identity.',
      },
      {
        question: 'How many faces show the same side effect?',
        likely: "Most of the sweep's faces move the same way, so the sweep's mean change is flagged.",
        why: 'The side effect belongs to the direction, which is the same for every face.',
      },
    ],
    caveats: [
      "Every number is itself a model's reading: face-api's classifiers have biases of their own and err more on some faces.",
      '"P(male)" is a classifier\'s reading of presentation, not anyone\'s gender; the faces are not real people.',
      "Skin lightness L* follows lighting and the model's colours as well as skin; treat small changes as noise.",
    ],
    reading: [
      { title: 'PAIR explorables: Measuring Diversity', url: 'https://pair.withgoogle.com/explorables/measuring-diversity/' },
      { title: 'Shen et al., InterFaceGAN: interpreting the latent space of GANs', url: 'https://arxiv.org/abs/2005.09635' },
      { title: 'Buolamwini and Gebru, Gender Shades', url: 'https://proceedings.mlr.press/v81/buolamwini18a.html' },
    ],
  },
};
