import { describe, expect, it } from 'vitest';
import { loadCatalogue, translateText, type MessageKey } from '../../i18n/catalogue';
import type { MonkTone } from '../measure/monkScale';
import { POPULATION_FORMAT, validatePopulation, type PopulationFile } from './populationFile';
import { summarizeReadings, type FaceReading } from './summary';

function file(): PopulationFile {
  const faces = [20, 30, 40, 50].map((age, i): FaceReading => ({
    found: true,
    age,
    pMale: 0.7,
    expressions: { happy: 0.1 },
    skin: i === 3 ? null : { monk: (2 + 3 * i) as MonkTone },
    yaw: 0,
    placedBy: i === 2 ? 'aligned' : 'detector',
  }));
  return {
    format: POPULATION_FORMAT,
    summary: summarizeReadings(faces),
    provenance: { fitSeedBase: 3e9, n: 4, classifier: 'face-api', packages: {}, date: '2026-01-01T00:00:00.000Z', script: 'x' },
  };
}

type Spoil = (f: PopulationFile) => unknown;
const summaryWith =
  (over: Record<string, unknown>): Spoil =>
  (f) => ({ ...f, summary: { ...f.summary, ...over } });

describe('validatePopulation', () => {
  it('accepts what summarizeReadings writes', () => {
    expect(POPULATION_FORMAT).toBe('face-explorer-population/2');
    expect(validatePopulation(JSON.parse(JSON.stringify(file())))).toMatchObject({ ok: true });
  });

  it.each<[string, Spoil, RegExp, MessageKey]>([
    ['not an object', () => 'x', /not a JSON object/, 'report.populationFile.notObject'],
    [
      'the ITA° format before it',
      (f) => ({ ...f, format: 'face-explorer-population/1' }),
      /unknown population format/,
      'report.populationFile.format',
    ],
    ['more measured than drawn', summaryWith({ measured: 9 }), /measured ≤ faces/, 'report.populationFile.faces'],
    ['too many male', summaryWith({ male: 5 }), /male and smiling/, 'report.populationFile.maleSmiling'],
    ['ITA° categories', summaryWith({ skin: { light: 1 } }), /one whole number per Monk tone/, 'report.populationFile.tones'],
    ['six tones', summaryWith({ skin: [1, 1, 1, 0, 0, 0] }), /one whole number per Monk tone/, 'report.populationFile.tones'],
    [
      'groups that are not the tones added up',
      summaryWith({ skinGroups: { light: 3, medium: 0, dark: 0 } }),
      /added up by group/,
      'report.populationFile.groups',
    ],
    ['no aligned count', summaryWith({ placedByAligned: undefined }), /placed by the aligned crop/, 'report.populationFile.aligned'],
    ['more aligned than measured', summaryWith({ placedByAligned: 5 }), /placed by the aligned crop/, 'report.populationFile.aligned'],
    [
      'an aligned group larger than the group',
      summaryWith({ alignedByGroup: { light: 2, medium: 0, dark: 0 } }),
      /no larger than those groups/,
      'report.populationFile.alignedGroups',
    ],
    [
      'aligned groups beyond the aligned faces',
      summaryWith({ alignedByGroup: { light: 1, medium: 1, dark: 1 } }),
      /add up to more than/,
      'report.populationFile.alignedTotal',
    ],
    [
      'other age bins',
      summaryWith({ age: { lower: [0, 20], counts: [1, 2] } }),
      /age bins are not the app’s/,
      'report.populationFile.bins',
    ],
    [
      'yaw counts that do not add up',
      (f) => ({ ...f, summary: { ...f.summary, yaw: { ...f.summary.yaw, counts: f.summary.yaw.counts.map(() => 0) } } }),
      /yaw counts add up to 0, not the 4/,
      'report.populationFile.binTotal',
    ],
    ['no provenance', (f) => ({ ...f, provenance: undefined }), /no provenance/, 'report.populationFile.noProvenance'],
  ])('names the problem: %s', (_, spoil, reason, key) => {
    const check = validatePopulation(spoil(file()));
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.reason.key).toBe(key);
      expect(translateText('en', check.reason)).toMatch(reason);
    }
  });

  it('names the histogram in the shown language', async () => {
    await loadCatalogue('de');
    const check = validatePopulation({ ...file(), summary: { ...file().summary, age: { lower: [0, 20], counts: [1, 2] } } });
    expect(!check.ok && translateText('de', check.reason)).toBe(
      'die Klassen für Alter sind nicht die der App (0, 10, 20, 30, 40, 50, 60, 70)',
    );
  });
});
