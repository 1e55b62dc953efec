import { describe, expect, it } from 'vitest';
import { POPULATION_FORMAT, validatePopulation, type PopulationFile } from './populationFile';
import { summarizeReadings } from './summary';

function file(): PopulationFile {
  const faces = [20, 30, 40].map((age, i) => ({
    found: true,
    age,
    pMale: 0.7,
    expressions: { happy: 0.1 },
    ita: 45 - 20 * i,
    yaw: 0,
    detectionScore: 0.8,
  }));
  return {
    format: POPULATION_FORMAT,
    summary: summarizeReadings(faces),
    provenance: { fitSeedBase: 3e9, n: 3, classifier: 'face-api', packages: {}, date: '2026-01-01T00:00:00.000Z', script: 'x' },
  };
}

describe('validatePopulation', () => {
  it('accepts what summarizeReadings writes', () => {
    expect(validatePopulation(JSON.parse(JSON.stringify(file())))).toMatchObject({ ok: true });
  });

  it.each<[string, (f: PopulationFile) => unknown, RegExp]>([
    ['not an object', () => 'x', /not a JSON object/],
    ['another format', (f) => ({ ...f, format: 'face-explorer-population/0' }), /unknown population format/],
    ['more measured than drawn', (f) => ({ ...f, summary: { ...f.summary, measured: 9 } }), /measured ≤ faces/],
    ['too many male', (f) => ({ ...f, summary: { ...f.summary, male: 4 } }), /male and smiling/],
    ['a missing skin category', (f) => ({ ...f, summary: { ...f.summary, skin: { light: 1 } } }), /skin-tone counts/],
    ['other age bins', (f) => ({ ...f, summary: { ...f.summary, age: { lower: [0, 20], counts: [1, 2] } } }), /age bins are not the app's/],
    [
      'yaw counts that do not add up',
      (f) => ({ ...f, summary: { ...f.summary, yaw: { ...f.summary.yaw, counts: f.summary.yaw.counts.map(() => 0) } } }),
      /yaw counts add up to 0, not the 3/,
    ],
    ['no provenance', (f) => ({ ...f, provenance: undefined }), /no provenance/],
  ])('names the problem: %s', (_, spoil, reason) => {
    const check = validatePopulation(spoil(file()));
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toMatch(reason);
  });
});
