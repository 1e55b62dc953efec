/**
 * Per-face statistics of the identity evaluation (pure): for each slider family and edit, how far
 * each face's identity moved from the face as generated at either end (face-api descriptor
 * distance; human similarity), how much its own attribute changed from 0 to 100, and how far
 * P(male) drifted (mean Δ and mean |Δ| per face; the lock under test is Male), each by both judges.
 */
import { identityCaseKey, type Edit, type IdentityCase } from './identityEvaluationPlan';
import type { Judgement } from './judges';

export interface JudgedFace extends IdentityCase {
  seed: number;
  judgement: Judgement;
}

export type Judge = 'faceApi' | 'human';
export type Reading = 'age' | 'pMale' | 'pHappy';
/** The reading each slider is meant to move. */
export const OWN_READING: Record<string, Reading> = { smiling: 'pHappy', young: 'age', male: 'pMale' };
/** face-api's FaceMatcher: descriptors closer than this are the same person. */
export const FACE_API_SAME_PERSON = 0.6;
/** human's similarity: this and above reads as the same person. */
export const HUMAN_SAME_PERSON = 0.5;

export interface Drift {
  faces: number;
  meanDelta: number;
  meanAbsDelta: number;
  /** Standard error of meanAbsDelta (sample sd / √faces): a dozen seeds leave it wide. */
  seAbsDelta: number;
}

export interface IdentityAtEnd {
  faces: number;
  /** face-api: mean descriptor distance; human: mean similarity. */
  mean: number;
  /** Faces read as a different person. */
  different: number;
}

export interface FamilySummary {
  attribute: string;
  locks: string[];
  edit: Edit;
  byJudge: Record<Judge, JudgedFamily>;
}

export interface JudgedFamily {
  /** The slider's own reading, slider 100 minus slider 0, per face. */
  own: Drift;
  /** P(male) from slider 0 to 100 per face: the side effect the lock is meant to stop. */
  pMale: Drift;
  identity: { at0: IdentityAtEnd; at100: IdentityAtEnd };
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);
const euclidean = (a: readonly number[], b: readonly number[]) => Math.sqrt(a.reduce((s, v, i) => s + (v - b[i]!) ** 2, 0));

function drift(pairs: [JudgedFace, JudgedFace][], judge: Judge, reading: Reading): Drift {
  const deltas = pairs.flatMap(([low, high]) => {
    const a = low.judgement[judge][reading];
    const b = high.judgement[judge][reading];
    return a === null || b === null ? [] : [b - a];
  });
  const abs = deltas.map(Math.abs);
  const meanAbs = mean(abs);
  const variance = abs.reduce((sum, a) => sum + (a - meanAbs) ** 2, 0) / (abs.length - 1);
  return { faces: deltas.length, meanDelta: mean(deltas), meanAbsDelta: meanAbs, seAbsDelta: Math.sqrt(variance / abs.length) };
}

function identityAt(
  faces: JudgedFace[],
  bases: Map<number, JudgedFace>,
  judge: Judge,
  similarity: (a: number[], b: number[]) => number,
): IdentityAtEnd {
  const scores = faces.flatMap((f) => {
    const base = bases.get(f.seed)?.judgement;
    if (judge === 'faceApi') {
      const [a, b] = [f.judgement.faceApi.descriptor, base?.faceApi.descriptor];
      return a && b ? [euclidean(a, b)] : [];
    }
    const [a, b] = [f.judgement.human.embedding, base?.human.embedding];
    return a && b ? [similarity(a, b)] : [];
  });
  const different = judge === 'faceApi' ? scores.filter((s) => s >= FACE_API_SAME_PERSON) : scores.filter((s) => s < HUMAN_SAME_PERSON);
  return { faces: scores.length, mean: mean(scores), different: different.length };
}

export function summarizeFamily(
  rows: readonly JudgedFace[],
  family: { attribute: string; locks: string[]; edit: Edit },
  humanSimilarity: (a: number[], b: number[]) => number,
): FamilySummary {
  const at = (slider: number) => rows.filter((r) => r.key === identityCaseKey(family.attribute, slider, family.locks, family.edit));
  const bases = new Map(rows.filter((r) => r.key === 'base').map((r) => [r.seed, r]));
  const [low, high] = [at(0), at(100)];
  const pairs = low.flatMap((l) => {
    const h = high.find((r) => r.seed === l.seed);
    return h ? [[l, h] as [JudgedFace, JudgedFace]] : [];
  });
  const judged = (judge: Judge): JudgedFamily => ({
    own: drift(pairs, judge, OWN_READING[family.attribute]!),
    pMale: drift(pairs, judge, 'pMale'),
    identity: { at0: identityAt(low, bases, judge, humanSimilarity), at100: identityAt(high, bases, judge, humanSimilarity) },
  });
  return { ...family, byJudge: { faceApi: judged('faceApi'), human: judged('human') } };
}

export interface KeepIdentitySlider {
  attribute: string;
  /** Mean face-api descriptor distance to the face as generated, over both ends. */
  plainDistance: number;
  keepDistance: number;
  /** 1 − keep / plain. */
  distanceCut: number;
  /** Own change (face-api, 0 → 100) with Keep identity over without. */
  ownKept: number;
}

/** Ships when, for Smiling and Young alike, distance falls by ≥ 30 % and ≥ 70 % of the own change is kept. */
export function keepIdentityVerdict(summaries: readonly FamilySummary[]): { sliders: KeepIdentitySlider[]; ships: boolean } {
  const endsMean = (s: FamilySummary) => {
    const { at0, at100 } = s.byJudge.faceApi.identity;
    return (at0.mean * at0.faces + at100.mean * at100.faces) / (at0.faces + at100.faces);
  };
  const sliders = ['smiling', 'young'].flatMap((attribute) => {
    const find = (edit: Edit) => summaries.find((s) => s.attribute === attribute && s.locks.length === 0 && s.edit === edit);
    const [plain, keep] = [find('plain'), find('keep')];
    if (!plain || !keep) return [];
    const [plainDistance, keepDistance] = [endsMean(plain), endsMean(keep)];
    const ownKept = keep.byJudge.faceApi.own.meanDelta / plain.byJudge.faceApi.own.meanDelta;
    return [{ attribute, plainDistance, keepDistance, distanceCut: 1 - keepDistance / plainDistance, ownKept }];
  });
  const ships = sliders.length === 2 && sliders.every((s) => s.distanceCut >= 0.3 && s.ownKept >= 0.7);
  return { sliders, ships };
}
