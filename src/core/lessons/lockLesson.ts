import type { Lesson } from './lessonTypes';

/** Lesson 3: lock Male while Smiling moves; the drift before and after, and what the lock costs in identity. */
export const LOCK_LESSON: Lesson = {
  id: 'lock',
  title: 'Can a lock fix it, and what does it cost?',
  summary: 'Hold P(male) with a lock while Smiling moves, and measure what the fix does to the face.',
  start: { seed: 21 },
  steps: [
    {
      id: 'start',
      title: 'Start from the face as generated',
      instruction: 'Every slider is at 50 and nothing is locked. The readings now are the start values.',
      action: 'Wait until the readings appear.',
      controls: ['readout'],
      question: 'What does the classifier read for this face: P(male), P(happy), age?',
      waitFor: [{ kind: 'neutral' }, { kind: 'lock', attribute: 'male', locked: false }],
      measured: { kind: 'readings', readings: ['pMale', 'pHappy', 'age'] },
    },
    {
      id: 'unlocked',
      title: 'Smile without a lock',
      instruction: 'First the problem: how far does P(male) drift when only Smiling moves?',
      action: 'Move Smiling to 90 or more, with Male not locked.',
      controls: ['sliders'],
      question: 'How far did P(male) drift? Is it flagged as a side effect?',
      waitFor: [
        { kind: 'slider', attribute: 'smiling', atLeast: 90 },
        { kind: 'lock', attribute: 'male', locked: false },
      ],
      measured: { kind: 'readings', readings: ['pMale', 'pHappy'], identity: true },
      remember: true,
    },
    {
      id: 'lock',
      title: 'Lock Male',
      instruction:
        'A lock holds an attribute: the other sliders move only in directions that leave it where it was, and the app corrects the face until the reading holds.',
      action: 'Tick "Lock" next to Male (Smiling may stay where it is).',
      controls: ['locks'],
      question: 'What do you expect the lock to cost? Will the face still smile as much?',
      waitFor: [{ kind: 'lock', attribute: 'male', locked: true }],
      measured: { kind: 'readings', readings: ['pMale', 'pHappy'], identity: true },
    },
    {
      id: 'locked',
      title: 'Smile with Male locked',
      instruction: 'Now the same move with the lock on. The readout says "lock held" or "lock could not hold".',
      action: 'Keep Male locked and have Smiling at 90 or more.',
      controls: ['sliders', 'locks'],
      question: 'Did the lock hold P(male)? Did P(happy) still rise as much?',
      waitFor: [
        { kind: 'slider', attribute: 'smiling', atLeast: 90 },
        { kind: 'lock', attribute: 'male', locked: true },
      ],
      measured: { kind: 'readings', readings: ['pMale', 'pHappy'], identity: true },
      remember: true,
    },
    {
      id: 'cost',
      title: 'Before and after: the cost',
      instruction: 'The table puts the two smiles side by side: without the lock and with it.',
      action: 'Compare the drift of P(male) and the identity distance in both rows.',
      controls: ['readout'],
      question: 'The lock fixed one number. What else did it change, and would you call the result "the same person, smiling"?',
      waitFor: [],
      measured: { kind: 'compare', steps: ['unlocked', 'locked'], readings: ['pMale', 'pHappy'] },
    },
  ],
  notes: {
    goals: [
      'Students see a technical fix for a side effect and measure whether it works.',
      'Students see that every fix has a cost: here, the face moves further from the original person.',
      'Students practise comparing two conditions with the same measurement.',
    ],
    timing: [
      { minutes: 15, plan: 'Steps 2, 4 and 5 on the projector; the class predicts before each move.' },
      { minutes: 30, plan: 'All five steps, students on their own devices from the lesson link, answers on the student sheet.' },
      {
        minutes: 45,
        plan: 'All five steps, then pairs try to fix another side effect (lock Young while Smiling moves) and report cost and benefit.',
      },
    ],
    preparation: [
      "Try the lesson's face (seed 21) once: with a lock on, the app corrects the resting face, which takes a few extra seconds on a computer without a GPU.",
      'If the drift at step 2 is small for this face, press N for another face and start again: a side effect is a tendency, not a law.',
    ],
    questions: [
      {
        question: 'How far did P(male) drift without the lock?',
        likely: 'For many faces P(male) falls by 0.15 or more at Smiling 90–100 and is flagged as a side effect.',
        why: 'The Smiling direction partly points along the Male direction, because the two went together in the training photographs.',
      },
      {
        question: 'Did the lock hold P(male)?',
        likely: 'Usually within ±0.05 ("lock held"); sometimes it cannot, and the readout says so.',
        why: 'The lock removes the Male component from the Smiling move and then corrects the face against the classifier; the classifier and the direction do not agree perfectly.',
      },
      {
        question: 'What did the lock cost?',
        likely: 'P(happy) may rise less, and the identity distance is often larger than without the lock.',
        why: 'Holding one reading forces the face to change in other ways; a fix that satisfies one number can make the person less recognisable.',
      },
    ],
    caveats: [
      "The lock holds face-api's reading of the face, which is itself a biased classifier: holding the number is not the same as holding how people see the face.",
      '"Male" is a classifier\'s reading of presentation; the lock holds presentation as that classifier sees it.',
      'Identity distance is face-api\'s face-recognition reading; under 0.6 means "likely the same person" to that network only.',
    ],
    reading: [
      { title: 'Shen et al., InterFaceGAN: conditional manipulation', url: 'https://arxiv.org/abs/2005.09635' },
      { title: 'Härkönen et al., GANSpace', url: 'https://arxiv.org/abs/2004.02546' },
      { title: 'PAIR explorables: Measuring Diversity', url: 'https://pair.withgoogle.com/explorables/measuring-diversity/' },
    ],
  },
};
