/** Where the identity evaluation keeps its drawn faces and results, and what a result row holds. */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { IdentityCase } from './identityEvaluationPlan';
import type { Judgement } from './judges';

export const IDENTITY_EVAL_DIR = resolve(import.meta.dirname, '../../.cache/eval-identity');
export const IDENTITY_EVAL_FACES = resolve(IDENTITY_EVAL_DIR, 'faces');
/** Every results file, one per evaluation process. */
export const identityResultFiles = () =>
  existsSync(IDENTITY_EVAL_DIR)
    ? readdirSync(IDENTITY_EVAL_DIR)
        .filter((f) => /^results.*\.jsonl$/.test(f))
        .map((f) => resolve(IDENTITY_EVAL_DIR, f))
    : [];

export interface IdentityRow extends IdentityCase {
  seed: number;
  judgement: Judgement;
  /** For held locks: faces drawn and measured by the correction, and whether it held. */
  hold?: { measures: number; held: boolean; residual: number | null };
  /** For Keep identity: how many faces the identity basis was fitted on, and its rank. */
  basis?: { faces: number; k: number };
}
