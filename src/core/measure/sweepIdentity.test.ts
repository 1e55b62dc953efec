import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, translateText } from '../../i18n/catalogue';
import { fakeSweep } from './sweepFixtures';
import { describeSweepIdentity, identityBands, identityPoints, sweepIdentity } from './sweepIdentity';

const SLIDERS = [0, 17, 33, 50, 67, 83, 100];
const SEEDS = [1, 2, 3, 4, 5, 6];

describe('sweepIdentity', () => {
  beforeAll(() => loadCatalogue('de'));

  it('counts the faces that become a different person on each side, and from where on all of them do', () => {
    // Faces 0–3 turn above 50 (at 83 or 100); face 4 turns below 50 at 17; face 5 never.
    const turnsAt: Record<number, number> = { 0: 83, 1: 100, 2: 83, 3: 67 };
    const result = fakeSweep('smiling', SEEDS, SLIDERS, (face, step) => {
      const slider = SLIDERS[step]!;
      const different = (turnsAt[face] !== undefined && slider >= turnsAt[face]) || (face === 4 && slider <= 17);
      return { identity: different ? 0.7 : 0.3 };
    });
    expect(sweepIdentity(result)).toEqual({ measuredFaces: 6, above: { faces: 4, from: 100 }, below: { faces: 1, from: 17 } });
    const words = describeSweepIdentity(result);
    expect(words).toMatchObject({
      key: 'report.identity.both',
      params: {
        attribute: { attribute: 'smiling', label: 'Smiling' },
        above: 100,
        aboveCount: { key: 'report.identity.ofFaces', params: { count: 4, n: 6 } },
        below: 17,
        belowCount: { key: 'report.identity.ofFaces', params: { count: 1, n: 6 } },
        threshold: { decimal: '0.6' },
      },
    });
    expect(translateText('en', words)).toBe(
      'Smiling at 100 and above turns 4 of 6 faces into a different person; at 17 and below, 1 of 6 faces (identity distance 0.6 or more).',
    );
    expect(translateText('de', words)).toBe(
      'Lächelnd ab 100 macht 4 von 6 Gesichtern zu einer anderen Person; bis 17: 1 von 6 Gesichtern (Identitätsabstand 0,6 oder mehr).',
    );
  });

  it('names one side alone, with the noun agreeing with a single face', () => {
    const one = fakeSweep('smiling', [1], SLIDERS, (_, step) => ({ identity: SLIDERS[step]! >= 83 ? 0.7 : 0.2 }));
    const words = describeSweepIdentity(one);
    expect(words.key).toBe('report.identity.above');
    expect(translateText('en', words)).toBe(
      'Smiling at 83 and above turns 1 of 1 face into a different person (identity distance 0.6 or more).',
    );
  });

  it('says every face stays the same person when none reaches the threshold', () => {
    const result = fakeSweep('young', SEEDS, SLIDERS, () => ({ identity: 0.59 }));
    expect(describeSweepIdentity(result).key).toBe('report.identity.allSame');
    expect(translateText('en', describeSweepIdentity(result))).toBe(
      'Every face stays likely the same person across the Young sweep (identity distance under 0.6).',
    );
  });

  it('leaves out faces without an identity distance and says so when there are none', () => {
    const partly = fakeSweep('male', [1, 2], [0, 50, 100], (face, step) => (face === 1 ? null : { identity: step === 0 ? 0.8 : 0.1 }));
    expect(sweepIdentity(partly)).toEqual({ measuredFaces: 1, above: { faces: 0, from: null }, below: { faces: 1, from: 0 } });
    expect(describeSweepIdentity(partly).key).toBe('report.identity.below');
    const none = fakeSweep('male', [1], [0, 100], () => ({ identity: null }));
    expect(describeSweepIdentity(none)).toEqual({ key: 'report.identity.notMeasured' });
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
