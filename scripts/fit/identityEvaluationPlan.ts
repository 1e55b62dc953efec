/**
 * What the identity and lock-hold evaluation draws for each held-out seed: the face as generated,
 * then Smiling and Young at both ends as they are, Smiling with Male locked by projection, with
 * the lock held per face (lockHold.ts), and Smiling and Young with "Keep identity".
 */
import { caseKey, END_STEPS } from './evaluationPlan';

/** How a slider end is reached: plain slider, linear lock, lock held per face, Keep identity. */
export type Edit = 'plain' | 'lock' | 'hold' | 'keep';
export const EDITS: readonly Edit[] = ['plain', 'lock', 'hold', 'keep'];

export interface IdentityCase {
  key: string;
  attribute: string | null;
  slider: number;
  locks: string[];
  edit: Edit;
}

/** The edits each family is drawn with; a lock family names the locks it holds. */
export const IDENTITY_FAMILIES: { attribute: string; locks: string[]; edits: Edit[] }[] = [
  { attribute: 'smiling', locks: [], edits: ['plain', 'keep'] },
  { attribute: 'young', locks: [], edits: ['plain', 'keep'] },
  { attribute: 'smiling', locks: ['male'], edits: ['lock', 'hold'] },
];

export const identityCaseKey = (attribute: string | null, slider: number, locks: string[], edit: Edit) =>
  attribute === null
    ? 'base'
    : `${caseKey(attribute, slider, locks)}${edit === 'hold' ? '|hold' : edit === 'keep' ? '|keep:identity' : ''}`;

/** Cases for the chosen edits, the face as generated first (every other case compares with it). */
export function identityCases(edits: readonly Edit[]): IdentityCase[] {
  const cases: IdentityCase[] = [{ key: 'base', attribute: null, slider: 50, locks: [], edit: 'plain' }];
  for (const family of IDENTITY_FAMILIES) {
    for (const edit of family.edits.filter((e) => edits.includes(e))) {
      for (const slider of END_STEPS) {
        cases.push({
          key: identityCaseKey(family.attribute, slider, family.locks, edit),
          attribute: family.attribute,
          slider,
          locks: family.locks,
          edit,
        });
      }
    }
  }
  return cases;
}
