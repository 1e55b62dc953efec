import { describe, expect, it } from 'vitest';
import { SWEEP_CSV_COLUMNS, sweepCsv, sweepFileStem } from './sweepCsv';
import { fakeSweep, plainSkin } from './sweepFixtures';

/** Round numbers, so the rows below read plainly. */
const SKIN = plainSkin({ lightness: 62.5, hue: 70.25, chroma: 20, ita: 35.5, monk: 5, rgb: [180, 140, 110], pixels: 400 });

describe('sweepCsv', () => {
  const grid = fakeSweep('smiling', [7, 4294967295], [0, 100], (face, step) =>
    face === 1 && step === 1
      ? null
      : {
          age: 31.123456,
          pMale: 0.25,
          pHappy: step ? 0.9 : 0.1,
          skinL: face ? null : 62.5,
          yaw: -3,
          identity: step ? 0.712345 : 0,
          placedBy: face === 0 && step === 1 ? 'aligned' : 'detector',
        },
  );
  const result = {
    ...grid,
    faces: grid.faces.map((f) => (f.measurement.skin ? { ...f, measurement: { ...f.measurement, skin: SKIN, ita: SKIN.ita } } : f)),
  };

  it('writes a header and one row per face, step by step', () => {
    const lines = sweepCsv(result).split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe(SWEEP_CSV_COLUMNS.join(','));
    expect(lines.slice(1)).toEqual([
      'smiling,0,0,7,true,31.1235,0.25,0.1,35.5,-3,0,62.5,70.25,5,medium,detector',
      'smiling,0,0,4294967295,true,31.1235,0.25,0.1,,-3,0,,,,,detector',
      'smiling,1,100,7,true,31.1235,0.25,0.9,35.5,-3,0.7123,62.5,70.25,5,medium,aligned',
      'smiling,1,100,4294967295,false,,,,,,,,,,,',
    ]);
  });

  it('keeps the older columns first, in their old order, and adds the skin reading and placement after them', () => {
    expect(SWEEP_CSV_COLUMNS.slice(0, 11)).toEqual([
      'attribute',
      'step',
      'slider',
      'seed',
      'found',
      'age',
      'pMale',
      'pHappy',
      'ita',
      'yaw',
      'identity',
    ]);
    expect(SWEEP_CSV_COLUMNS.slice(11)).toEqual(['skin_lightness', 'skin_hue', 'monk_tone', 'monk_group', 'placed_by']);
  });

  it('orders rows by step and face whatever order they were measured in', () => {
    const shuffled = { ...result, faces: [...result.faces].reverse() };
    expect(sweepCsv(shuffled)).toBe(sweepCsv(result));
  });

  it('quotes an attribute id that would break the format', () => {
    const odd = { ...result, attributeId: 'a,"b"' };
    expect(sweepCsv(odd).split('\r\n')[1]).toMatch(/^"a,""b""",0,/);
  });

  it('names the file after the attribute and size', () => {
    expect(sweepFileStem(result)).toBe('face-explorer-sweep-smiling-2x2');
    expect(sweepFileStem({ ...result, attributeId: 'a/b c' })).toBe('face-explorer-sweep-a-b-c-2x2');
  });
});
