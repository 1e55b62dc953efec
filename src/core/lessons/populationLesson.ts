import type { Lesson } from './lessonTypes';

/** Lesson 2: the model's default population against CelebA's shares, then an audit at a slider extreme. */
export const POPULATION_LESSON: Lesson = {
  id: 'population',
  title: 'Whom does this model draw?',
  summary: 'Compare who the model draws by default with the photographs it learned from, then audit it at a slider extreme.',
  start: { seed: 8, auditSeed: 2024, auditSize: 50 },
  steps: [
    {
      id: 'guess',
      title: 'Guess first',
      instruction: 'The model learned from about 200,000 photographs of celebrities. Before looking at any numbers, guess.',
      action: 'Press N a few times to see some of the faces the model draws.',
      controls: ['newFace'],
      question: 'Out of 100 faces this model draws, how many do you expect to look female? Young? Light-skinned?',
      waitFor: [],
      measured: { kind: 'readings', readings: ['age', 'pMale', 'skinL'] },
    },
    {
      id: 'default',
      title: 'The default population',
      instruction:
        '"Who does this model draw?" shows the shares measured over thousands of the model\'s faces, next to the labels of its training photographs (CelebA).',
      action: 'Open "Who does this model draw?" and read the shares and their 95 % intervals.',
      controls: ['population'],
      question: 'Which groups are over-represented, and which are nearly missing? Is the model more or less skewed than its photographs?',
      waitFor: [{ kind: 'populationReady' }],
      measured: { kind: 'population' },
    },
    {
      id: 'extreme',
      title: 'Move to an extreme',
      instruction: 'A slider moves every face the model draws. An audit measures fresh faces at the sliders you set.',
      action: 'Move Young to 10 or less (old faces).',
      controls: ['sliders'],
      question: 'What do you expect to happen to the other shares (female, light skin, smiling) when every face is made older?',
      waitFor: [{ kind: 'slider', attribute: 'young', atMost: 10 }],
      measured: { kind: 'readings', readings: ['age', 'pMale', 'skinL'], identity: true },
    },
    {
      id: 'audit',
      title: 'Audit at the extreme',
      instruction:
        'The audit draws and measures 50 or more fresh faces at the current sliders, with the seed in the link, so everyone gets the same faces.',
      action: 'In "Who does this model draw?", press "Audit 50 faces" (or more) and wait until it finishes.',
      controls: ['audit'],
      question: 'Which shares moved besides age? Are the changes larger than their intervals?',
      waitFor: [{ kind: 'auditDone', at: { attribute: 'young', atMost: 10 } }],
      measured: { kind: 'audit' },
    },
    {
      id: 'why',
      title: 'Why it matters',
      instruction: 'A generator used to make "diverse" stock photos or training data passes its skews on.',
      action: 'Copy the link: it reproduces the same faces and the same audit for anyone who opens it.',
      controls: ['copyLink'],
      question: 'If a company used this model to generate faces of "older customers", who would be missing from its pictures?',
      waitFor: [],
      measured: { kind: 'audit' },
    },
  ],
  notes: {
    goals: [
      'Students read a share with its 95 % interval and compare it with a reference.',
      'Students see that a generator reproduces, and can amplify, the skews of its training data.',
      'Students see that editing every face with a slider shifts whole groups, not only the intended attribute.',
    ],
    timing: [
      { minutes: 15, plan: 'Steps 1–2 together; show a prepared link with a finished audit for steps 3–5.' },
      { minutes: 30, plan: 'All steps; start the 50-face audit on the projector, then discuss step 3 while it runs.' },
      { minutes: 45, plan: 'All steps, then groups audit other extremes (Smiling 100, Male 0) from their own links and compare results.' },
    ],
    preparation: [
      'An audit of 50 faces takes about two minutes on a computer without a GPU, a few seconds with one. Try it once before class.',
      'The lesson link fixes the audit seed and size (audit=2024&auditN=50): every device audits the same faces.',
      "Decide how to talk about the categories: they are a classifier's readings, not the people's identities.",
    ],
    questions: [
      {
        question: 'Which groups are over-represented?',
        likely: 'Most faces read as young and light-skinned; more faces read as female than as male; dark skin (Monk 7–10) is rare.',
        why: "CelebA's photographs are mostly of young, light-skinned celebrities, and generators are known to reproduce and sometimes amplify that imbalance.",
      },
      {
        question: 'Which shares moved besides age?',
        likely: 'At Young 0 the share read as male usually rises and the share read as smiling often changes too.',
        why: 'In the training photographs older faces are more often of men; the Young direction carries that correlation with it.',
      },
      {
        question: 'Are the changes larger than their intervals?',
        likely: 'With 50 faces the intervals are wide (about ±14 points); the biggest changes exceed them, small ones do not.',
        why: 'A share from n faces is uncertain by about 1/√n; an audit of 200 faces halves the interval.',
      },
    ],
    caveats: [
      '"Read as female / male" is face-api\'s classifier\'s reading of presentation, not gender; the classifier errs more on some groups.',
      "Skin tone is an estimate from the picture's colours on the Monk scale; lighting shifts it, and people rate tones differently.",
      "CelebA's own labels were made by annotators and carry their judgments.",
    ],
    reading: [
      { title: 'PAIR explorables: Measuring Diversity', url: 'https://pair.withgoogle.com/explorables/measuring-diversity/' },
      { title: 'Uncovering Bias in Face Generation Models (arXiv 2302.11562)', url: 'https://arxiv.org/abs/2302.11562' },
      { title: 'Monk Skin Tone scale', url: 'https://skintone.google/' },
    ],
  },
};
