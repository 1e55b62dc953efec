import { describe, expect, it } from 'vitest';
import { applyUpdate, type FrameRecord } from './frameRecord';
import { fakeFace } from './measure/sweepFixtures';

const face = (value: number, size = 8) => ({ rgba: new Uint8ClampedArray(size * size * 4).fill(value), width: size, height: size });
const record: FrameRecord = { id: 4, state: { seed: 1, sliders: {}, locked: [], playing: null }, image: face(1), ms: 3, final: false };
const readings = { status: 'measured' as const, measurement: fakeFace(), identity: 0.2, ms: 5 };

describe('applyUpdate', () => {
  it('adds each stage’s part to its own record and leaves other records alone', () => {
    const measured = applyUpdate(record, { stage: 'measured', id: 4, readings });
    expect(measured.readings).toBe(readings);
    const hd = applyUpdate(measured, { stage: 'hd', id: 4, hd: face(1, 32) });
    expect(applyUpdate(hd, { stage: 'final', id: 4 })).toMatchObject({ final: true, readings, hd: { width: 32 } });
    expect(applyUpdate(record, { stage: 'measured', id: 5, readings })).toBe(record);
  });

  it('drops the readings and HD of the face as drawn when the corrected face replaces it', () => {
    const grown = { ...record, readings, hd: face(1, 32) };
    const held = applyUpdate(grown, { stage: 'held', id: 4, image: face(9), lockStatus: { statuses: [], measures: 2, ms: 9 } });
    expect(held.image.rgba[0]).toBe(9);
    expect(held.readings).toBeUndefined();
    expect(held.hd).toBeUndefined();
  });
});
