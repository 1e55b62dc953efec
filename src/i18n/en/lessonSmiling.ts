/** Lesson 1, "Does Smiling only change the smile?": its steps and teacher notes (core/lessons/smilingLesson.ts). */
export const lessonSmiling = {
  'lesson.smiling.title': 'Does Smiling only change the smile?',
  'lesson.smiling.summary': 'Move one slider, read what else moved, then check whether it happens to other faces too.',
  'lesson.smiling.meet.title': 'Meet the face',
  'lesson.smiling.meet.instruction':
    'This face is drawn by a neural network that learned from celebrity photographs. Every slider is at 50: the face as generated.',
  'lesson.smiling.meet.action': 'Leave every slider at 50 and wait until the readings appear.',
  'lesson.smiling.meet.question': 'How old does this person look to you? Would you say they look like a man or a woman, and why?',
  'lesson.smiling.smile.title': 'Make it smile',
  'lesson.smiling.smile.instruction': 'The Smiling slider moves the face along one direction the model learned for "smiling".',
  'lesson.smiling.smile.action': 'Move Smiling to {value} or more.',
  'lesson.smiling.smile.question': 'What changed besides the smile? Look at the hair, the skin, the jaw, the age.',
  'lesson.smiling.read.title': 'Read start → now',
  'lesson.smiling.read.instruction':
    'The app measured the face at the start and now. A change it was not asked to make, above a threshold, is flagged "{flag}".',
  'lesson.smiling.read.action': 'Read the table: start → now and the change for each reading.',
  'lesson.smiling.read.question':
    'Which readings moved more than the threshold? Is the identity distance under {threshold} (likely the same person)?',
  'lesson.smiling.sweep.title': 'Is it just this face?',
  'lesson.smiling.sweep.instruction':
    'One face can be an accident. A sweep draws several faces from Smiling 0 to 100 and measures every one.',
  'lesson.smiling.sweep.action': 'In "{panel}", choose Smiling and press "{button}". Wait until it finishes.',
  'lesson.smiling.sweep.question': 'Before it finishes: how many of the faces do you expect to show the same side effect?',
  'lesson.smiling.pattern.title': 'A pattern, not an accident',
  'lesson.smiling.pattern.instruction':
    'The sweep averages each change over all its faces. A side effect that shows in most faces belongs to the direction, not to one face.',
  'lesson.smiling.pattern.action': 'Look at the sweep chart and the contact sheet under "{panel}".',
  'lesson.smiling.pattern.question':
    'Why might a model trained on celebrity photographs tie smiling to looking female or younger? Who would be hurt if an app used this slider to "make photos friendlier"?',
  'lesson.smiling.goal1': 'Students can say what a latent direction is in one sentence: a way to move every face at once.',
  'lesson.smiling.goal2': 'Students read a measurement as start → now and tell an intended change from a side effect.',
  'lesson.smiling.goal3': 'Students explain why one example is not evidence, and a sweep over several faces is.',
  'lesson.smiling.plan15':
    'Steps 1–3 on the projector in presenter mode; one question each; skip the sweep and show its result from a link made beforehand.',
  'lesson.smiling.plan30':
    'All five steps; students move the slider on their own devices from the lesson link, the class runs one sweep together.',
  'lesson.smiling.plan45':
    'All five steps, then pairs repeat steps 2–5 with Young or Male and report one side effect with its numbers on the student sheet.',
  'lesson.smiling.prep1':
    'Open the lesson once on the classroom computer: the first face downloads about 23 MB of model, later visits start offline.',
  'lesson.smiling.prep2':
    "On a computer without a GPU a face takes about a second and the sweep (6 faces × 7 steps) about two minutes: start it before discussing step 4's question.",
  'lesson.smiling.prep3': 'Print or share the student sheet ("{button}"), or let students save it as PDF at the end.',
  'lesson.smiling.q1': 'What changed besides the smile?',
  'lesson.smiling.q1.likely': 'For many faces P(male) drops and the face looks more feminine or younger; sometimes skin lightness changes.',
  'lesson.smiling.q1.why':
    'The Smiling direction was fitted on CelebA, where smiling photographs are more often of women; the direction picked up what goes together in the data, not only the smile.',
  'lesson.smiling.q2': 'Is the identity distance under {threshold}?',
  'lesson.smiling.q2.likely': 'At Smiling 90–100 it is often near or above {threshold}: the face may read as a different person.',
  'lesson.smiling.q2.why': 'Large moves along a direction change many features at once; face recognition reads them as another identity.',
  'lesson.smiling.q3': 'How many faces show the same side effect?',
  'lesson.smiling.q3.likely': "Most of the sweep's faces move the same way, so the sweep's mean change is flagged.",
  'lesson.smiling.q3.why': 'The side effect belongs to the direction, which is the same for every face.',
  'lesson.smiling.caveat1':
    "Every number is itself a model's reading: face-api's classifiers have biases of their own and err more on some faces.",
  'lesson.smiling.caveat2': '"P(male)" is a classifier\'s reading of presentation, not anyone\'s gender; the faces are not real people.',
  'lesson.smiling.caveat3': "Skin lightness L* follows lighting and the model's colours as well as skin; treat small changes as noise.",
} as const;
