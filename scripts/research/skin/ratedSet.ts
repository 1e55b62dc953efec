/**
 * The skin-tone rated set: fresh faces (seeds no fit or evaluation used) at slider 50 and at the
 * ends of four sliders, drawn once, rated by eye, and used to validate the skin reading.
 * The plan is pure data so the generator, the sheets and the validation agree on face order.
 */
import { resolve } from 'node:path';

export const RATED_SET_SEED_BASE = 2_600_000_000;
export const FACES_AT_50 = 140;
export const FACES_PER_EXTREME = 13;
export const EXTREME_ATTRIBUTES = ['skinTone', 'smiling', 'young', 'male'] as const;

export interface RatedFacePlan {
  /** Position in the set, also the number printed on the rating sheets. */
  index: number;
  seed: number;
  /** The one slider moved away from 50, or null for the face as generated. */
  slider: { id: (typeof EXTREME_ATTRIBUTES)[number]; value: 0 | 100 } | null;
}

export function ratedSetPlan(): RatedFacePlan[] {
  const plan: RatedFacePlan[] = [];
  for (let i = 0; i < FACES_AT_50; i++) plan.push({ index: plan.length, seed: RATED_SET_SEED_BASE + plan.length, slider: null });
  for (const id of EXTREME_ATTRIBUTES) {
    for (const value of [0, 100] as const) {
      for (let i = 0; i < FACES_PER_EXTREME; i++)
        plan.push({ index: plan.length, seed: RATED_SET_SEED_BASE + plan.length, slider: { id, value } });
    }
  }
  return plan;
}

export const SKIN_CACHE_DIR = resolve(import.meta.dirname, '../../../.cache/skin');
export const ratedFacePath = (index: number) => resolve(SKIN_CACHE_DIR, 'faces', `face-${String(index).padStart(4, '0')}.rgb`);
export const RATINGS_PATH = resolve(import.meta.dirname, '../../../models/skin-ratings.json');
