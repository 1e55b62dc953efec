import { describe, expect, it } from 'vitest';
import { fakeSweep } from './sweepFixtures';
import { describeSweepIdentity, identityBands, identityPoints, sweepIdentity } from './sweepIdentity';

const SLIDERS = [0, 17, 33, 50, 67, 83, 100];
const SEEDS = [1, 2, 3, 4, 5, 6];

describe('sweepIdentity', () => {
  it('counts the faces that become a different person on each side, and from where on all of them do', () => {
    // Faces 0–3 turn above 50 (at 83 or 100); face 4 turns below 50 at 17; face 5 never.
    const turnsAt: Record<number, number> = { 0: 83, 1: 100, 2: 83, 3: 67 };
    const result = fakeSweep('smiling', SEEDS, SLIDERS, (face, step) => {
      const slider = SLIDERS[step]!;
      const different = (turnsAt[face] !== undefined && slider >= turnsAt[face]) || (face === 4 && slider <= 17);
      return { identity: different ? 0.7 : 0.3 };
    });
    expect(sweepIdentity(result)).toEqual({ measuredFaces: 6, above: { faces: 4, from: 100 }, below: { faces: 1, from: 17 } });
    expect(describeSweepIdentity(result)).toBe(
      'Smiling at 100 and above turns 4 of 6 faces into a different person; at 17 and below, 1 of 6 faces (identity distance 0.6 or more).',
    );
  });

  it('says every face stays the same person when none reaches the threshold', () => {
    const result = fakeSweep('young', SEEDS, SLIDERS, () => ({ identity: 0.59 }));
    expect(describeSweepIdentity(result)).toBe(
      'Every face stays likely the same person across the Young sweep (identity distance under 0.6).',
    );
  });

  it('leaves out faces without an identity distance and says so when there are none', () => {
    const partly = fakeSweep('male', [1, 2], [0, 50, 100], (face, step) => (face === 1 ? null : { identity: step === 0 ? 0.8 : 0.1 }));
    expect(sweepIdentity(partly)).toEqual({ measuredFaces: 1, above: { faces: 0, from: null }, below: { faces: 1, from: 0 } });
    const none = fakeSweep('male', [1], [0, 100], () => ({ identity: null }));
    expect(describeSweepIdentity(none)).toMatch(/^Identity was not measured/);
  });

  it('gives the chart one dot per measured face and a mean ± SD band per step', () => {
    const result = fakeSweep('smiling', [1, 2], [0, 100], (face, step) =>
      face === 1 && step === 1 ? null : { identity: step * 0.4 + face * 0.2 },
    );
    expect(identityPoints(result)).toEqual([
      { face: 0, slider: 0, value: 0 },
      { face: 1, slider: 0, value: 0.2 },
      { face: 0, slider: 100, value: 0.4 },
    ]);
    const bands = identityBands(result);
    expect(bands[0]).toMatchObject({ slider: 0, mean: expect.closeTo(0.1, 9) });
    expect(bands[1]).toEqual({ slider: 100, mean: 0.4, low: 0.4, high: 0.4 });
  });
});
