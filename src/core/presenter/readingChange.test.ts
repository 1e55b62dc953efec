import { describe, expect, it } from 'vitest';
import { MISSED_FACE } from '../measure/faceMeasurer';
import { fakeFace } from '../measure/sweepFixtures';
import { describeChange, formatDelta, formatValue, readingChanges, readingLabel } from './readingChange';
import { readingSpec } from '../measure/readings';

const byId = (views: ReturnType<typeof readingChanges>) => new Map(views.map((v) => [v.spec.id, v]));

describe('readingChanges', () => {
  const start = fakeFace({ pMale: 0.64, pHappy: 0.1, age: 30, skinL: 60, yaw: 0 });
  const now = fakeFace({ pMale: 0.31, pHappy: 0.9, age: 31, skinL: 60.2, yaw: -6 });

  it('gives start, now and change, flagging side effects by the sweep threshold', () => {
    const v = byId(readingChanges(start, now, new Set(['smiling'])));
    expect(v.get('pMale')).toMatchObject({ start: 0.64, now: 0.31, direction: 'down', intended: false, flagged: true });
    expect(v.get('pMale')!.delta).toBeCloseTo(-0.33);
    expect(v.get('pHappy')).toMatchObject({ direction: 'up', intended: true, flagged: false });
    expect(v.get('age')).toMatchObject({ direction: 'up', flagged: false });
    expect(v.get('yaw')).toMatchObject({ direction: 'down', flagged: true });
    // 0.2 L* shows as 0 at the reading's precision: no arrow.
    expect(v.get('skinL')).toMatchObject({ direction: 'none', flagged: false });
  });

  it('a reading moved by its own slider is intended, never a side effect', () => {
    const v = byId(readingChanges(start, now, new Set(['male', 'smiling'])));
    expect(v.get('pMale')).toMatchObject({ intended: true, flagged: false });
  });

  it('has no change without a start value or without a face', () => {
    for (const views of [readingChanges(null, now, new Set()), readingChanges(start, MISSED_FACE, new Set())]) {
      for (const view of views) expect(view).toMatchObject({ delta: null, direction: 'none', flagged: false });
    }
    expect(byId(readingChanges(null, now, new Set())).get('pMale')!.now).toBe(0.31);
  });
});

describe('formatting', () => {
  const pMale = readingSpec('pMale');
  const age = readingSpec('age');

  it('writes the change with an arrow and its size', () => {
    const [view] = readingChanges(fakeFace({ pMale: 0.64 }), fakeFace({ pMale: 0.31 }), new Set()).filter((v) => v.spec.id === 'pMale');
    expect(formatDelta(view!)).toBe('▼ 0.33');
    expect(describeChange(view!)).toBe('down 0.33, a side effect above the threshold');
    const [same] = readingChanges(fakeFace({ age: 30 }), fakeFace({ age: 30.01 }), new Set()).filter((v) => v.spec.id === 'age');
    expect(formatDelta(same!)).toBe('= 0.0');
    expect(describeChange(same!)).toBe('unchanged');
  });

  it('moves word units into the label and keeps symbols beside the number', () => {
    expect(readingLabel(age)).toBe('Age (years)');
    expect(formatValue(age, 31.24)).toBe('31.2');
    expect(readingLabel(pMale)).toBe('P(male)');
    expect(readingLabel(readingSpec('skinL'))).toBe('Skin L*');
    expect(formatValue(readingSpec('yaw'), -6)).toBe('−6°');
  });
});
