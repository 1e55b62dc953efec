import { describe, expect, it } from 'vitest';
import { DIRECTIONS_FORMAT, type AttributeDirection, type DirectionsFile } from './directions';
import { summarizeFit, targetText } from './fitSummary';
import { ATTRIBUTE_SPECS } from '../../scripts/fit/attributeSpecs';
import { loadCatalogue, translateText } from '../i18n/catalogue';
import { formatDay } from '../i18n/values';

const calibration = {
  method: 'projection-percentiles' as const,
  sample: 'fresh seeds',
  lowPercentile: 5,
  highPercentile: 95,
  projectionMedian: 0,
  offsetAt0: -2,
  offsetAt100: 2,
  effectAt0: -10,
  effectAt100: 10,
  effectUnit: 'years',
};

const file: DirectionsFile = {
  format: DIRECTIONS_FORMAT,
  latentSize: 2,
  attributes: [
    {
      id: 'young',
      label: 'Young',
      target: 'face-api apparent age in years, negated',
      fitKind: 'ridge',
      lambda: 10,
      direction: [1, 0],
      calibration,
      metrics: { kind: 'ridge', heldOutRSquared: 0.614, heldOutRmse: 6.23, targetStd: 9.87, nTrain: 6000, nTest: 1500, stability: 0.987 },
    },
    {
      id: 'male',
      label: 'Male',
      target: 'face-api pMale > 0.5',
      fitKind: 'logistic',
      lambda: 3,
      direction: [0, 1],
      calibration,
      metrics: {
        kind: 'logistic',
        heldOutAccuracy: 0.912,
        heldOutAuc: 0.968,
        heldOutLogLoss: 0.2,
        positiveFraction: 0.41,
        nTrain: 6000,
        nTest: 1500,
        stability: 0.99,
      },
    },
  ],
  provenance: {
    packages: { '@vladmandic/face-api': '1.7.15', '@tensorflow/tfjs': '4.22.0' },
    fitSeedBase: 1000000,
    n: 8000,
    nUsed: 7500,
    minDetectionScore: 0.5,
    holdoutFraction: 0.2,
    holdoutSeed: 7,
    date: '2025-11-27T20:00:00.000Z',
  },
};

describe('summarizeFit', () => {
  it('words the provenance from the file', () => {
    const s = summarizeFit(file);
    expect(s.fitted).toEqual({
      key: 'fit.fitted',
      params: {
        date: { date: '2025-11-27T20:00:00.000Z' },
        n: { number: 8000, grouping: true },
        used: { number: 7500, grouping: true },
        score: { number: 0.5 },
        heldOut: { percent: 0.2 },
      },
    });
    expect(translateText('en', s.fitted)).toBe(
      'Fitted on 27 Nov 2025 from 8,000 generated faces, 7,500 of them detected (score ≥ 0.5); 20% held out for the metrics.',
    );
    expect(s.packages).toBe('@vladmandic/face-api 1.7.15, @tensorflow/tfjs 4.22.0');
  });

  it('words each attribute’s held-out metrics by fit kind', () => {
    const [young, male] = summarizeFit(file).attributes;
    expect(young).toEqual({
      id: 'young',
      label: 'Young',
      target: 'face-api apparent age in years, negated',
      quality: {
        key: 'fit.ridge',
        params: {
          r2: { number: 0.614, decimals: 2 },
          rmse: { number: 6.23, decimals: 1 },
          spread: { number: 9.87, decimals: 1 },
          train: { number: 6000, grouping: true },
          test: { number: 1500, grouping: true },
          stability: { number: 0.987, decimals: 2 },
        },
      },
    });
    expect(translateText('en', young!.quality)).toBe(
      'Ridge regression; held out: R² 0.61, RMSE 6.2 against a spread of 9.9 (6,000 train / 1,500 test faces); stability 0.99.',
    );
    expect(male!.quality.key).toBe('fit.logistic');
    expect(translateText('en', male!.quality)).toBe(
      'Logistic regression; held out: accuracy 91%, AUC 0.97 (6,000 train / 1,500 test faces, 41% positive); stability 0.99.',
    );
  });

  it('writes the numbers and the date the shown language’s way', async () => {
    await loadCatalogue('de');
    const s = summarizeFit(file);
    expect(translateText('de', s.fitted)).toBe(
      'Angepasst am 27. Nov. 2025 an 8.000 erzeugten Gesichtern, von denen 7.500 erkannt wurden (Erkennungswert ≥ 0,5); 20\u00a0% für die Kennzahlen zurückgehalten.',
    );
    expect(translateText('de', s.attributes[0]!.quality)).toContain('R² 0,61, RMSE 6,2 bei einer Streuung von 9,9');
  });

  it('names the fit script’s own targets by message, and keeps any other target as the file words it', () => {
    for (const spec of ATTRIBUTE_SPECS) {
      const target = targetText(spec.target);
      expect(target, spec.id).toEqual({ key: `fit.target.${spec.id}` });
      // English shows the file's own words.
      expect(translateText('en', target), spec.id).toBe(spec.target);
    }
    expect(targetText('something else')).toBe('something else');
    expect(targetText(undefined)).toEqual({ key: 'fit.noTarget' });
    // Files from before metrics were recorded have none.
    const unmeasured = { ...file.attributes[0]!, metrics: undefined } as unknown as AttributeDirection;
    expect(summarizeFit({ ...file, attributes: [unmeasured] }).attributes[0]!.quality).toEqual({ key: 'fit.noMetrics' });
  });

  it('keeps a date it cannot read as it is', () => {
    expect(formatDay('en', 'yesterday')).toBe('yesterday');
  });
});
