import { describe, expect, it } from 'vitest';
import { loadCatalogue, translateText } from '../../i18n/catalogue';
import { MISSED_FACE, type FaceMeasurement } from '../measure/faceMeasurer';
import { fakeFace, plainSkin } from '../measure/sweepFixtures';
import { AUDIT_CSV_COLUMNS, auditCsv, auditFaces, auditFileStem, settingsLabel, settingsList, type AuditPlan } from './audit';
import { auditFaceSeeds } from './auditSeeds';

const plan: AuditPlan = { auditSeed: 99, size: 7, sliders: { smiling: 100 }, locks: ['male'] };
const attributes = [
  { id: 'smiling', label: 'Smiling' },
  { id: 'male', label: 'Male' },
];

describe('audit plan', () => {
  it('lists every face with its index and seed, the same for the same audit seed', () => {
    const faces = auditFaces(plan);
    expect(faces.map((f) => f.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(faces.map((f) => f.seed)).toEqual(auditFaceSeeds(99, 7));
    expect(auditFaces({ auditSeed: 99, size: 4 })).toEqual(faces.slice(0, 4));
  });

  it('names the setting in words, each attribute by its id so other languages name it their way', async () => {
    const label = settingsLabel(plan, attributes);
    expect(label).toMatchObject({ key: 'report.settings.with', params: { list: { key: 'report.settings.list' } } });
    expect(translateText('en', label)).toBe('With Smiling at 100, Male locked');
    expect(translateText('en', settingsList(plan, attributes)!)).toBe('Smiling at 100, Male locked');
    expect(settingsList({ sliders: { smiling: 50 }, locks: [] }, attributes)).toBeNull();
    expect(settingsLabel({ sliders: {}, locks: [] }, attributes)).toEqual({ key: 'report.settings.default' });
    await loadCatalogue('de');
    const twoLocks = settingsLabel({ sliders: { smiling: 100 }, locks: ['male', 'young'] }, [
      ...attributes,
      { id: 'young', label: 'Young' },
    ]);
    expect(translateText('en', twoLocks)).toBe('With Smiling at 100, Male and Young locked');
    expect(translateText('de', twoLocks)).toBe('Mit Lächelnd auf 100, Männlich und Jung gesperrt');
  });
});

describe('auditCsv', () => {
  const skin = plainSkin({ lightness: 68.25, hue: 62.5, chroma: 21, ita: 42, monk: 3, rgb: [200, 160, 130], pixels: 900 });
  const found: FaceMeasurement = { ...fakeFace({ age: 31.23456, pMale: 0.25, pHappy: 0.8, yaw: -3 }), skin, ita: skin.ita };
  const aligned: FaceMeasurement = { ...fakeFace({ placedBy: 'aligned', skinL: null }), age: 40 };

  it('writes one row per measured face, in face order, with its seed, setting, Monk tone and placement', () => {
    const csv = auditCsv(plan, [
      { index: 1, seed: 22, measurement: MISSED_FACE },
      { index: 0, seed: 11, measurement: found },
      { index: 2, seed: 33, measurement: aligned },
    ]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(AUDIT_CSV_COLUMNS.join(','));
    expect(AUDIT_CSV_COLUMNS.slice(10)).toEqual(['ita', 'monkTone', 'monkGroup', 'yaw', 'placedBy', 'skinLightness', 'skinHue']);
    expect(lines.slice(1)).toEqual([
      '99,0,11,smiling=100,male,true,0.9,31.2346,0.25,0.8,42,3,light,-3,detector,68.25,62.5',
      '99,1,22,smiling=100,male,false,,,,,,,,,,,',
      '99,2,33,smiling=100,male,true,0,40,0.5,0.1,,,,0,aligned,,',
    ]);
  });

  it('names the file after the audit seed, setting and count', () => {
    expect(auditFileStem(plan, 5)).toBe('face-explorer-audit-99-smiling100-5');
  });
});
