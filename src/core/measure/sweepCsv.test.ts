import { describe, expect, it } from 'vitest';
import { SWEEP_CSV_COLUMNS, sweepCsv, sweepFileStem } from './sweepCsv';
import { fakeSweep } from './sweepFixtures';

describe('sweepCsv', () => {
  const result = fakeSweep('smiling', [7, 4294967295], [0, 100], (face, step) =>
    face === 1 && step === 1
      ? null
      : { age: 31.123456, pMale: 0.25, pHappy: step ? 0.9 : 0.1, ita: face ? null : -12.5, yaw: -3, identity: step ? 0.712345 : 0 },
  );

  it('writes a header and one row per face, step by step', () => {
    const lines = sweepCsv(result).split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe(SWEEP_CSV_COLUMNS.join(','));
    expect(lines.slice(1)).toEqual([
      'smiling,0,0,7,true,31.1235,0.25,0.1,-12.5,-3,0',
      'smiling,0,0,4294967295,true,31.1235,0.25,0.1,,-3,0',
      'smiling,1,100,7,true,31.1235,0.25,0.9,-12.5,-3,0.7123',
      'smiling,1,100,4294967295,false,,,,,,',
    ]);
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
