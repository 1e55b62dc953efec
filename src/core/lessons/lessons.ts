/** Every guided lesson, in the order the menu lists them. */
import type { Lesson } from './lessonTypes';
import { LOCK_LESSON } from './lockLesson';
import { POPULATION_LESSON } from './populationLesson';
import { SMILING_LESSON } from './smilingLesson';

export const LESSONS: readonly Lesson[] = [SMILING_LESSON, POPULATION_LESSON, LOCK_LESSON];

export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}
