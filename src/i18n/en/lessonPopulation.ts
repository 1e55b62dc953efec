/** Lesson 2, "Whom does this model draw?": its steps and teacher notes (core/lessons/populationLesson.ts). */
export const lessonPopulation = {
  'lesson.population.title': 'Whom does this model draw?',
  'lesson.population.summary':
    'Compare who the model draws by default with the photographs it learned from, then audit it at a slider extreme.',
  'lesson.population.guess.title': 'Guess first',
  'lesson.population.guess.instruction':
    'The model learned from about 200,000 photographs of celebrities. Before looking at any numbers, guess.',
  'lesson.population.guess.action': 'Press N a few times to see some of the faces the model draws.',
  'lesson.population.guess.question': 'Out of 100 faces this model draws, how many do you expect to look female? Young? Light-skinned?',
  'lesson.population.default.title': 'The default population',
  'lesson.population.default.instruction':
    '"{panel}" shows the shares measured over thousands of the model\'s faces, next to the labels of its training photographs (CelebA).',
  'lesson.population.default.action': 'Open "{panel}" and read the shares and their 95 % intervals.',
  'lesson.population.default.question':
    'Which groups are over-represented, and which are nearly missing? Is the model more or less skewed than its photographs?',
  'lesson.population.extreme.title': 'Move to an extreme',
  'lesson.population.extreme.instruction':
    'A slider moves every face the model draws. An audit measures fresh faces at the sliders you set.',
  'lesson.population.extreme.action': 'Move Young to {value} or less (old faces).',
  'lesson.population.extreme.question':
    'What do you expect to happen to the other shares (female, light skin, smiling) when every face is made older?',
  'lesson.population.audit.title': 'Audit at the extreme',
  'lesson.population.audit.instruction':
    'The audit draws and measures {size} or more fresh faces at the current sliders, with the seed in the link, so everyone gets the same faces.',
  'lesson.population.audit.action': 'In "{panel}", press "{button}" (or more) and wait until it finishes.',
  'lesson.population.audit.question': 'Which shares moved besides age? Are the changes larger than their intervals?',
  'lesson.population.why.title': 'Why it matters',
  'lesson.population.why.instruction': 'A generator used to make "diverse" stock photos or training data passes its skews on.',
  'lesson.population.why.action': 'Copy the link: it reproduces the same faces and the same audit for anyone who opens it.',
  'lesson.population.why.question':
    'If a company used this model to generate faces of "older customers", who would be missing from its pictures?',
  'lesson.population.goal1': 'Students read a share with its 95 % interval and compare it with a reference.',
  'lesson.population.goal2': 'Students see that a generator reproduces, and can amplify, the skews of its training data.',
  'lesson.population.goal3': 'Students see that editing every face with a slider shifts whole groups, not only the intended attribute.',
  'lesson.population.plan15': 'Steps 1–2 together; show a prepared link with a finished audit for steps 3–5.',
  'lesson.population.plan30': 'All steps; start the {size}-face audit on the projector, then discuss step 3 while it runs.',
  'lesson.population.plan45': 'All steps, then groups audit other extremes (Smiling 100, Male 0) from their own links and compare results.',
  'lesson.population.prep1':
    'An audit of {size} faces takes about two minutes on a computer without a GPU, a few seconds with one. Try it once before class.',
  'lesson.population.prep2':
    'The lesson link fixes the audit seed and size (audit={seed}&auditN={size}): every device audits the same faces.',
  'lesson.population.prep3': "Decide how to talk about the categories: they are a classifier's readings, not the people's identities.",
  'lesson.population.q1': 'Which groups are over-represented?',
  'lesson.population.q1.likely':
    'Most faces read as young and light-skinned; more faces read as female than as male; dark skin (Monk 7–10) is rare.',
  'lesson.population.q1.why':
    "CelebA's photographs are mostly of young, light-skinned celebrities, and generators are known to reproduce and sometimes amplify that imbalance.",
  'lesson.population.q2': 'Which shares moved besides age?',
  'lesson.population.q2.likely': 'At Young 0 the share read as male usually rises and the share read as smiling often changes too.',
  'lesson.population.q2.why':
    'In the training photographs older faces are more often of men; the Young direction carries that correlation with it.',
  'lesson.population.q3': 'Are the changes larger than their intervals?',
  'lesson.population.q3.likely':
    'With {size} faces the intervals are wide (about ±14 points); the biggest changes exceed them, small ones do not.',
  'lesson.population.q3.why': 'A share from n faces is uncertain by about 1/√n; an audit of 200 faces halves the interval.',
  'lesson.population.caveat1':
    '"Read as female / male" is face-api\'s classifier\'s reading of presentation, not gender; the classifier errs more on some groups.',
  'lesson.population.caveat2':
    "Skin tone is an estimate from the picture's colours on the Monk scale; lighting shifts it, and people rate tones differently.",
  'lesson.population.caveat3': "CelebA's own labels were made by annotators and carry their judgments.",
} as const;
