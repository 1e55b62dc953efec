/** Lesson 3, "Can a lock fix it, and what does it cost?": its steps and teacher notes (core/lessons/lockLesson.ts). */
export const lessonLock = {
  'lesson.lock.title': 'Can a lock fix it, and what does it cost?',
  'lesson.lock.summary': 'Hold P(male) with a lock while Smiling moves, and measure what the fix does to the face.',
  'lesson.lock.start.title': 'Start from the face as generated',
  'lesson.lock.start.instruction': 'Every slider is at 50 and nothing is locked. The readings now are the start values.',
  'lesson.lock.start.action': 'Wait until the readings appear.',
  'lesson.lock.start.question': 'What does the classifier read for this face: P(male), P(happy), age?',
  'lesson.lock.unlocked.title': 'Smile without a lock',
  'lesson.lock.unlocked.instruction': 'First the problem: how far does P(male) drift when only Smiling moves?',
  'lesson.lock.unlocked.action': 'Move Smiling to {value} or more, with Male not locked.',
  'lesson.lock.unlocked.question': 'How far did P(male) drift? Is it flagged as a side effect?',
  'lesson.lock.lock.title': 'Lock Male',
  'lesson.lock.lock.instruction':
    'A lock holds an attribute: the other sliders move only in directions that leave it where it was, and the app corrects the face until the reading holds.',
  'lesson.lock.lock.action': 'Tick "{lock}" next to Male (Smiling may stay where it is).',
  'lesson.lock.lock.question': 'What do you expect the lock to cost? Will the face still smile as much?',
  'lesson.lock.locked.title': 'Smile with Male locked',
  'lesson.lock.locked.instruction': 'Now the same move with the lock on. The readout says "lock held" or "lock could not hold".',
  'lesson.lock.locked.action': 'Keep Male locked and have Smiling at {value} or more.',
  'lesson.lock.locked.question': 'Did the lock hold P(male)? Did P(happy) still rise as much?',
  'lesson.lock.cost.title': 'Before and after: the cost',
  'lesson.lock.cost.instruction': 'The table puts the two smiles side by side: without the lock and with it.',
  'lesson.lock.cost.action': 'Compare the drift of P(male) and the identity distance in both rows.',
  'lesson.lock.cost.question':
    'The lock fixed one number. What else did it change, and would you call the result "the same person, smiling"?',
  'lesson.lock.goal1': 'Students see a technical fix for a side effect and measure whether it works.',
  'lesson.lock.goal2': 'Students see that every fix has a cost: here, the face moves further from the original person.',
  'lesson.lock.goal3': 'Students practise comparing two conditions with the same measurement.',
  'lesson.lock.plan15': 'Steps 2, 4 and 5 on the projector; the class predicts before each move.',
  'lesson.lock.plan30': 'All five steps, students on their own devices from the lesson link, answers on the student sheet.',
  'lesson.lock.plan45':
    'All five steps, then pairs try to fix another side effect (lock Young while Smiling moves) and report cost and benefit.',
  'lesson.lock.prep1':
    "Try the lesson's face (seed {seed}) once: with a lock on, the app corrects the resting face, which takes a few extra seconds on a computer without a GPU.",
  'lesson.lock.prep2':
    'If the drift at step 2 is small for this face, press N for another face and start again: a side effect is a tendency, not a law.',
  'lesson.lock.q1': 'How far did P(male) drift without the lock?',
  'lesson.lock.q1.likely': 'For many faces P(male) falls by 0.15 or more at Smiling 90–100 and is flagged as a side effect.',
  'lesson.lock.q1.why':
    'The Smiling direction partly points along the Male direction, because the two went together in the training photographs.',
  'lesson.lock.q2': 'Did the lock hold P(male)?',
  'lesson.lock.q2.likely': 'Usually within ±0.05 ("lock held"); sometimes it cannot, and the readout says so.',
  'lesson.lock.q2.why':
    'The lock removes the Male component from the Smiling move and then corrects the face against the classifier; the classifier and the direction do not agree perfectly.',
  'lesson.lock.q3': 'What did the lock cost?',
  'lesson.lock.q3.likely': 'P(happy) may rise less, and the identity distance is often larger than without the lock.',
  'lesson.lock.q3.why':
    'Holding one reading forces the face to change in other ways; a fix that satisfies one number can make the person less recognisable.',
  'lesson.lock.caveat1':
    "The lock holds face-api's reading of the face, which is itself a biased classifier: holding the number is not the same as holding how people see the face.",
  'lesson.lock.caveat2': '"Male" is a classifier\'s reading of presentation; the lock holds presentation as that classifier sees it.',
  'lesson.lock.caveat3':
    'Identity distance is face-api\'s face-recognition reading; under {threshold} means "likely the same person" to that network only.',
} as const;
