import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, translateText, type Message, type Text } from '../../i18n/catalogue';
import type { ListValue } from '../../i18n/values';
import { describeSweep, sweepChanges } from './sweepChanges';
import { fakeSweep } from './sweepFixtures';

const english = (text: Text) => translateText('en', text);
const listed = (message: Message, name: string) => (message.params![name] as ListValue).list;

describe('sweepChanges and describeSweep', () => {
  beforeAll(() => Promise.all([loadCatalogue('es'), loadCatalogue('de')]));

  // Smiling raises P(happy) by 0.6 and lowers P(male) by 0.3 and darkens the skin by 2 L* on every face.
  const smiling = fakeSweep('smiling', [1, 2, 3], [0, 50, 100], (face, step) => ({
    pHappy: 0.1 + 0.3 * step,
    pMale: 0.7 - 0.15 * step,
    skinL: 60 + face - step,
    age: 30 + face * 5,
  }));

  it('pairs each face with itself between the ends', () => {
    const changes = new Map(sweepChanges(smiling).map((c) => [c.reading.id, c]));
    expect(changes.get('pHappy')).toMatchObject({ pairs: 3, intended: true, flagged: false });
    expect(changes.get('pHappy')!.delta).toBeCloseTo(0.6);
    expect(changes.get('pMale')!.delta).toBeCloseTo(-0.3);
    expect(changes.get('pMale')!.flagged).toBe(true);
    expect(changes.get('skinL')).toMatchObject({ delta: -2, flagged: false });
    expect(changes.get('age')).toMatchObject({ delta: 0, flagged: false });
  });

  it('is not fooled by a face missing at one end', () => {
    // Face 0 (old) is missed at slider 100: an unpaired mean would show age falling by 10 years.
    const result = fakeSweep('smiling', [1, 2], [0, 100], (face, step) =>
      face === 0 && step === 1 ? null : { age: face === 0 ? 60 : 40 },
    );
    const age = sweepChanges(result).find((c) => c.reading.id === 'age')!;
    expect(age).toMatchObject({ delta: 0, pairs: 1 });
    const none = fakeSweep('smiling', [1], [0, 100], (_, step) => (step === 1 ? null : {}));
    expect(sweepChanges(none).every((c) => c.delta === null && c.pairs === 0 && !c.flagged)).toBe(true);
  });

  it('words the intended change first, then side effects largest first, and flags those over threshold', () => {
    const words = describeSweep(smiling);
    expect(words.headline).toMatchObject({
      key: 'report.sweep.headline',
      params: { attribute: { attribute: 'smiling', label: 'Smiling' }, first: 0, last: 100 },
    });
    const changes = listed(words.headline, 'changes');
    expect(changes.map((c) => c.key)).toEqual(['report.sweep.intended', ...Array<string>(4).fill('report.sweep.change')]);
    expect(changes.map((c) => (c.params!.reading as Message).key)).toEqual([
      'report.reading.pHappy',
      'report.reading.pMale',
      'report.reading.skinL',
      'report.reading.age',
      'report.reading.yaw',
    ]);
    expect(changes[1]!.params!.change).toEqual({ key: 'report.amount.pMale', params: { value: { decimal: '−0.30' } } });
    expect(english(words.headline)).toBe(
      'Smiling 0→100: P(happy) +0.60 (intended), P(male) −0.30, skin lightness L* −2, age 0.0 years, head yaw 0°.',
    );
    expect(translateText('de', words.headline)).toBe(
      'Lächelnd 0→100: P(fröhlich) +0,60 (beabsichtigt), P(männlich) −0,30, Helligkeit der Haut L* −2, Alter 0,0 Jahre, Kopfdrehung 0°.',
    );
    expect(words.verdict.key).toBe('report.sweep.sideEffect');
    expect(english(words.verdict)).toBe('Side effect above the threshold: P(male) −0.30 (threshold ±0.15).');
    expect(words.missed).toBeNull();
  });

  it('says when nothing reaches a threshold and how many faces were missed', () => {
    const calm = fakeSweep('young', [1, 2], [0, 100], (face, step) => (face === 1 && step === 0 ? null : { age: 40 - 20 * step }));
    const words = describeSweep(calm);
    expect(english(words.headline)).toMatch(/^Young 0→100: age −20\.0 years \(intended\), /);
    expect(words.verdict.key).toBe('report.sweep.noSideEffect');
    expect(listed(words.verdict, 'thresholds')).toHaveLength(5);
    expect(english(words.verdict)).toBe(
      'No side effect reaches its threshold (age ±5.0 years, P(male) ±0.15, P(happy) ±0.15, skin lightness L* ±4, head yaw ±5°).',
    );
    expect(words.missed).toEqual({ key: 'report.sweep.missed', params: { missed: 1, total: 4 } });
    expect(english(words.missed!)).toBe('The detector found no face in 1 of 4 images; they are shown but left out of the statistics.');
  });

  it('flags several side effects in one sentence', () => {
    const messy = fakeSweep('male', [1], [0, 100], (_, step) => ({ pMale: 0.1 + 0.8 * step, skinL: 70 - 12 * step, age: 25 + 9 * step }));
    const verdict = describeSweep(messy).verdict;
    expect(verdict.key).toBe('report.sweep.sideEffects');
    expect(listed(verdict, 'effects').map((e) => (e.params!.reading as Message).key)).toEqual([
      'report.reading.skinL',
      'report.reading.age',
    ]);
    expect(english(verdict)).toBe(
      'Side effects above the threshold: skin lightness L* −12 (threshold ±4); age +9.0 years (threshold ±5.0 years).',
    );
    expect(translateText('es', verdict)).toBe(
      'Efectos secundarios por encima del umbral: luminosidad de la piel L* −12 (umbral ±4); edad +9,0 años (umbral ±5,0 años).',
    );
  });
});
