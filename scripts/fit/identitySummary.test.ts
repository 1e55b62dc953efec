import { describe, expect, it } from 'vitest';
import { identityCaseKey, identityCases, type Edit } from './identityEvaluationPlan';
import { keepIdentityVerdict, summarizeFamily, type JudgedFace } from './identitySummary';

const face = (
  attribute: string | null,
  slider: number,
  edit: Edit,
  seed: number,
  faceApi: { pMale: number; pHappy: number; descriptor: number[]; age?: number } | null,
  human: { pMale: number; pHappy: number; embedding: number[] } | null = null,
): JudgedFace => ({
  key: identityCaseKey(attribute, slider, [], edit),
  attribute,
  slider,
  locks: [],
  edit,
  seed,
  judgement: {
    faceApi: faceApi ? { found: true, age: 30, ...faceApi } : { found: false, age: null, pMale: null, pHappy: null, descriptor: null },
    human: human ? { found: true, age: 30, ...human } : { found: false, age: null, pMale: null, pHappy: null, embedding: null },
  },
});

// Similarity stand-in: 1 − distance of 1-d embeddings.
const similarity = (a: number[], b: number[]) => 1 - Math.abs(a[0]! - b[0]!);

describe('summarizeFamily', () => {
  const rows = [
    face(null, 50, 'plain', 1, { pMale: 0.5, pHappy: 0.5, descriptor: [0, 0] }, { pMale: 0.5, pHappy: 0.5, embedding: [0] }),
    face('smiling', 0, 'plain', 1, { pMale: 0.9, pHappy: 0.1, descriptor: [0.3, 0.4] }, { pMale: 0.8, pHappy: 0.1, embedding: [0.2] }),
    face('smiling', 100, 'plain', 1, { pMale: 0.6, pHappy: 0.9, descriptor: [0.6, 0.8] }, { pMale: 0.9, pHappy: 0.9, embedding: [0.7] }),
    face(null, 50, 'plain', 2, { pMale: 0.5, pHappy: 0.5, descriptor: [0, 0] }),
    face('smiling', 0, 'plain', 2, { pMale: 0.2, pHappy: 0.3, descriptor: [0, 0.2] }),
    face('smiling', 100, 'plain', 2, { pMale: 0.3, pHappy: 0.7, descriptor: [0, 0.4] }),
    // Seed 3 lost its face at 100: it counts at slider 0 only, and in no per-face change.
    face(null, 50, 'plain', 3, { pMale: 0.5, pHappy: 0.5, descriptor: [0, 0] }),
    face('smiling', 0, 'plain', 3, { pMale: 0.5, pHappy: 0.5, descriptor: [0, 0.1] }),
    face('smiling', 100, 'plain', 3, null),
  ];
  const s = summarizeFamily(rows, { attribute: 'smiling', locks: [], edit: 'plain' }, similarity);

  it('averages the per-face change of the own reading and of P(male), signed and absolute', () => {
    expect(s.byJudge.faceApi.own).toEqual({
      faces: 2,
      meanDelta: expect.closeTo(0.6, 9),
      meanAbsDelta: expect.closeTo(0.6, 9),
      seAbsDelta: expect.closeTo(0.2, 9),
    });
    expect(s.byJudge.faceApi.pMale.meanDelta).toBeCloseTo((-0.3 + 0.1) / 2, 9);
    expect(s.byJudge.faceApi.pMale.meanAbsDelta).toBeCloseTo((0.3 + 0.1) / 2, 9);
    // |Δ| 0.3 and 0.1: sample sd √0.02, over √2 faces.
    expect(s.byJudge.faceApi.pMale.seAbsDelta).toBeCloseTo(0.1, 9);
  });

  it('measures identity against the same seed as generated, counting different people at each threshold', () => {
    expect(s.byJudge.faceApi.identity.at0).toEqual({ faces: 3, mean: expect.closeTo((0.5 + 0.2 + 0.1) / 3, 9), different: 0 });
    expect(s.byJudge.faceApi.identity.at100).toEqual({ faces: 2, mean: expect.closeTo((1 + 0.4) / 2, 9), different: 1 });
    expect(s.byJudge.human.identity.at100).toEqual({ faces: 1, mean: expect.closeTo(0.3, 9), different: 1 });
    expect(s.byJudge.human.own.faces).toBe(1);
  });
});

describe('keepIdentityVerdict', () => {
  const family = (attribute: string, edit: Edit, distance: number, own: number) =>
    summarizeFamily(
      [
        face(null, 50, 'plain', 1, { pMale: 0.5, pHappy: 0.5, descriptor: [0] }),
        face(attribute, 0, edit, 1, { pMale: 0.5, pHappy: 0, age: 0, descriptor: [distance] }),
        face(attribute, 100, edit, 1, { pMale: 0.5, pHappy: own, age: own, descriptor: [distance] }),
      ],
      { attribute, locks: [], edit },
      similarity,
    );
  const smiling = [family('smiling', 'plain', 0.6, 1), family('smiling', 'keep', 0.4, 0.75)];

  it('ships when both sliders cut distance by 30 % and keep 70 % of their own change', () => {
    const verdict = keepIdentityVerdict([...smiling, family('young', 'plain', 0.6, -20), family('young', 'keep', 0.3, -15)]);
    expect(verdict.sliders[0]).toMatchObject({
      attribute: 'smiling',
      distanceCut: expect.closeTo(1 / 3, 9),
      ownKept: expect.closeTo(0.75, 9),
    });
    expect(verdict.sliders[1]).toMatchObject({ attribute: 'young', distanceCut: expect.closeTo(0.5, 9), ownKept: expect.closeTo(0.75, 9) });
    expect(verdict.ships).toBe(true);
  });

  it('does not ship when a slider is not evaluated, loses too much of its change, or keeps too little identity', () => {
    expect(keepIdentityVerdict(smiling).ships).toBe(false);
    expect(keepIdentityVerdict([...smiling, family('young', 'plain', 0.6, -20), family('young', 'keep', 0.3, -12)]).ships).toBe(false);
    expect(keepIdentityVerdict([...smiling, family('young', 'plain', 0.6, -20), family('young', 'keep', 0.5, -20)]).ships).toBe(false);
  });
});

describe('identityCases', () => {
  it('draws the face as generated first, then both ends of each family for the chosen edits', () => {
    const keys = identityCases(['plain', 'hold']).map((c) => c.key);
    expect(keys[0]).toBe('base');
    expect(keys).toContain('smiling=100|lock:male|hold');
    expect(keys).not.toContain('smiling=100|lock:male');
    expect(keys.filter((k) => k.includes('keep'))).toEqual([]);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
