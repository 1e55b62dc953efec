/**
 * What the slider evaluation draws: for held-out seeds (app seeds, never fitted on), each
 * attribute's slider across its range, without locks and with the locks a class would try.
 */
export interface EvaluationCase {
  /** Stable key: the attribute moved, its slider value and the locks held. */
  key: string;
  attribute: string | null;
  slider: number;
  locks: string[];
}

export const MAIN_STEPS = [0, 25, 75, 100];
export const END_STEPS = [0, 100];

/** Lock experiments: the entanglements the seed demo warns about. */
export const LOCK_CASES: { attribute: string; locks: string[] }[] = [
  { attribute: 'smiling', locks: ['male'] },
  { attribute: 'smiling', locks: ['male', 'skinTone'] },
  { attribute: 'male', locks: ['smiling'] },
  { attribute: 'young', locks: ['male'] },
];

export const caseKey = (attribute: string | null, slider: number, locks: string[]) =>
  attribute === null ? 'base' : `${attribute}=${slider}${locks.length ? `|lock:${[...locks].sort().join('+')}` : ''}`;

/** Cases in the order to draw them: the face as generated, main sliders, advanced, then locks. */
export function evaluationCases(attributeIds: readonly string[]): EvaluationCase[] {
  const cases: EvaluationCase[] = [{ key: 'base', attribute: null, slider: 50, locks: [] }];
  const add = (attribute: string, steps: number[], locks: string[] = []) => {
    for (const slider of steps) cases.push({ key: caseKey(attribute, slider, locks), attribute, slider, locks });
  };
  const main = ['young', 'smiling', 'male'].filter((id) => attributeIds.includes(id));
  for (const id of main) add(id, MAIN_STEPS);
  for (const id of attributeIds.filter((id) => !main.includes(id))) add(id, END_STEPS);
  for (const c of LOCK_CASES) {
    if ([c.attribute, ...c.locks].every((id) => attributeIds.includes(id))) add(c.attribute, END_STEPS, c.locks);
  }
  return cases;
}
