import { describe, expect, it } from 'vitest';
import { MISSED_FACE, type FaceMeasurement } from '../measure/faceMeasurer';
import {
  AUDIT_CSV_COLUMNS,
  auditBatches,
  auditCsv,
  auditFileStem,
  auditProgressText,
  settingsLabel,
  type AuditPlan,
  type AuditProgress,
} from './audit';
import { auditFaceSeeds } from './auditSeeds';

const plan: AuditPlan = { auditSeed: 99, size: 7, sliders: { smiling: 100 }, locks: ['male'] };
const attributes = [
  { id: 'smiling', label: 'Smiling' },
  { id: 'male', label: 'Male' },
];

describe('audit plan', () => {
  it('batches the remaining faces with their seeds, so a resumed audit continues the same faces', () => {
    const all = auditBatches(plan, 0, 3);
    expect(all.map((b) => b.map((f) => f.index))).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(all.flat().map((f) => f.seed)).toEqual(auditFaceSeeds(99, 7));
    expect(auditBatches(plan, 4, 3).flat()).toEqual(all.flat().slice(4));
    expect(auditBatches(plan, 7, 3)).toEqual([]);
  });

  it('names the setting in words', () => {
    expect(settingsLabel(plan, attributes)).toBe('With Smiling at 100, Male locked');
    expect(settingsLabel({ sliders: {}, locks: [] }, attributes)).toBe('At the default sliders');
  });
});

describe('auditCsv', () => {
  const found: FaceMeasurement = {
    found: true,
    age: 31.23456,
    pMale: 0.25,
    expressions: { neutral: 0, happy: 0.8, sad: 0, angry: 0, fearful: 0, disgusted: 0, surprised: 0 },
    ita: 42,
    yaw: -3,
    detectionScore: 0.9,
    landmarks: [],
    descriptor: null,
  };

  it('writes one row per measured face, in face order, with its seed and setting', () => {
    const csv = auditCsv(plan, [
      { index: 1, seed: 22, measurement: MISSED_FACE },
      { index: 0, seed: 11, measurement: found },
    ]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(AUDIT_CSV_COLUMNS.join(','));
    expect(lines.slice(1)).toEqual([
      '99,0,11,smiling=100,male,true,0.9,31.2346,0.25,0.8,42,light,-3',
      '99,1,22,smiling=100,male,false,,,,,,,',
    ]);
  });

  it('names the file after the audit seed, setting and count', () => {
    expect(auditFileStem(plan, 5)).toBe('face-explorer-audit-99-smiling100-5');
  });
});

describe('auditProgressText', () => {
  const at = (over: Partial<AuditProgress>): AuditProgress => ({
    status: 'running',
    done: 20,
    total: 200,
    rate: null,
    error: null,
    ...over,
  });
  it('says how far the audit is and, once a batch is timed, how long is left', () => {
    expect(auditProgressText(at({}))).toBe('Measured 20 of 200 faces…');
    expect(auditProgressText(at({ rate: 18 }))).toBe('Measured 20 of 200 faces (18.0 faces a minute, about 10 min left)');
  });
  it('says how it ended, and that a cancelled audit is partial', () => {
    expect(auditProgressText(at({ status: 'cancelled' }))).toMatch(/^Cancelled after 20 of 200 faces: the results below are partial/);
    expect(auditProgressText(at({ status: 'done', done: 200 }))).toBe('Done: 200 faces measured.');
    expect(auditProgressText(at({ status: 'failed', error: 'lost' }))).toBe('The audit failed after 20 faces: lost');
    expect(auditProgressText(at({ status: 'idle' }))).toBe('');
  });
});
