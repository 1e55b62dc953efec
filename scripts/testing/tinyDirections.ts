/**
 * A directions file for the tiny test model (latent size 8), so e2e tests can move sliders and
 * locks without the real model. Smiling deliberately overlaps Male, as a real fit might.
 */
import { DIRECTIONS_FORMAT, type AttributeDirection, type DirectionsFile } from '../../src/core/directions';
import { TINY_LATENT_SIZE } from './tinyShape';

const RAW: [id: string, label: string, direction: number[]][] = [
  ['young', 'Young', [1, 0, 0, 0, 0, 0, 0, 0]],
  ['smiling', 'Smiling', [0, 0.6, 0.8, 0, 0, 0, 0, 0]],
  ['male', 'Male', [0, 0, 1, 0, 0, 0, 0, 0]],
  ['skinTone', 'Skin tone (lighter)', [0, 0, 0, 1, 0, 0, 0, 0]],
  ['headTurn', 'Head turn (right)', [0, 0, 0, 0, 0.6, 0.8, 0, 0]],
];

function attribute([id, label, direction]: (typeof RAW)[number]): AttributeDirection {
  return {
    id,
    label,
    target: 'none (test fixture)',
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
    metrics: { kind: 'ridge', heldOutRSquared: 0.5, heldOutRmse: 1, targetStd: 1, nTrain: 80, nTest: 20, stability: 1 },
  };
}

export function tinyDirections(): DirectionsFile {
  return {
    format: DIRECTIONS_FORMAT,
    latentSize: TINY_LATENT_SIZE,
    attributes: RAW.map(attribute),
    provenance: {
      packages: {},
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
