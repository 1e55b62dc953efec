/**
 * A directions file for the tiny test model (latent size 8), so e2e tests can move sliders and
 * locks without the real model. Smiling deliberately overlaps Male, as a real fit might.
 */
import { DIRECTIONS_FORMAT, type AttributeDirection, type DirectionMetrics, type DirectionsFile } from '../../src/core/directions';
import { ATTRIBUTE_SPECS } from '../fit/attributeSpecs';
import { TINY_LATENT_SIZE } from './tinyShape';

const RAW: [id: string, label: string, direction: number[]][] = [
  ['young', 'Young', [1, 0, 0, 0, 0, 0, 0, 0]],
  ['smiling', 'Smiling', [0, 0.6, 0.8, 0, 0, 0, 0, 0]],
  ['male', 'Male', [0, 0, 1, 0, 0, 0, 0, 0]],
  ['skinTone', 'Skin tone (lighter)', [0, 0, 0, 1, 0, 0, 0, 0]],
  ['headTurn', 'Head turn (right)', [0, 0, 0, 0, 0.6, 0.8, 0, 0]],
];

const RIDGE: DirectionMetrics = { kind: 'ridge', heldOutRSquared: 0.5, heldOutRmse: 1, targetStd: 1, nTrain: 80, nTest: 20, stability: 1 };
/** Only About reads metrics: the yes/no attributes carry a logistic fit's, so About shows both kinds. */
const LOGISTIC: DirectionMetrics = {
  kind: 'logistic',
  heldOutAccuracy: 0.9,
  heldOutAuc: 0.95,
  heldOutLogLoss: 0.3,
  positiveFraction: 0.4,
  nTrain: 80,
  nTest: 20,
  stability: 1,
};

function attribute([id, label, direction]: (typeof RAW)[number]): AttributeDirection {
  return {
    id,
    label,
    // The real fit's targets, so About shows them as it does for the real model.
    target: ATTRIBUTE_SPECS.find((spec) => spec.id === id)?.target ?? 'none (test fixture)',
    fitKind: 'ridge',
    lambda: 1,
    direction,
    calibration: {
      method: 'projection-percentiles',
      lowPercentile: 5,
      highPercentile: 95,
      projectionMedian: 0,
      offsetAt0: -2,
      offsetAt100: 2,
      effectAt0: -1,
      effectAt100: 1,
      effectUnit: 'units',
    },
    metrics: id === 'smiling' || id === 'male' ? LOGISTIC : RIDGE,
  };
}

export function tinyDirections(): DirectionsFile {
  return {
    format: DIRECTIONS_FORMAT,
    latentSize: TINY_LATENT_SIZE,
    attributes: RAW.map(attribute),
    provenance: {
      packages: { '@vladmandic/face-api': '1.7.15', '@tensorflow/tfjs': '4.22.0' },
      fitSeedBase: 0,
      n: 100,
      nUsed: 100,
      minDetectionScore: 0,
      holdoutFraction: 0.2,
      holdoutSeed: 1,
      date: '2026-01-01',
    },
  };
}
