/**
 * The bias tests need attribute directions. They use models/directions.json when the fit has
 * written it; until then (and in a checkout without it) the page gets stand-in directions:
 * seeded random unit vectors in the real file format, which exercise the same code paths.
 */
import type { Page } from '@playwright/test';
import { DIRECTIONS_FORMAT, type DirectionsFile } from '../../src/core/directions';
import { LATENT_SIZE, latentFromSeed } from '../../src/core/latent';

const IDS = [
  ['young', 'Young'],
  ['smiling', 'Smiling'],
  ['male', 'Male'],
  ['skinTone', 'Lighter skin'],
  ['headTurn', 'Head turn'],
] as const;

export function standInDirections(): DirectionsFile {
  return {
    format: DIRECTIONS_FORMAT,
    latentSize: LATENT_SIZE,
    attributes: IDS.map(([id, label], i) => {
      const v = latentFromSeed(900 + i);
      const norm = Math.hypot(...v);
      return {
        id,
        label,
        target: 'stand-in for tests: a random direction',
        fitKind: 'ridge',
        lambda: 1,
        direction: Array.from(v, (x) => x / norm),
        calibration: {
          method: 'projection-percentiles',
          sample: 'none',
          lowPercentile: 5,
          highPercentile: 95,
          projectionMedian: 0,
          offsetAt0: -1.5,
          offsetAt100: 1.5,
          effectAt0: 0,
          effectAt100: 0,
          effectUnit: 'none',
        },
        metrics: { kind: 'ridge', heldOutRSquared: 0, heldOutRmse: 1, targetStd: 1, nTrain: 1, nTest: 1, stability: 1 },
      };
    }),
    provenance: {
      packages: {},
      fitSeedBase: 0,
      n: 0,
      nUsed: 0,
      minDetectionScore: 0.3,
      holdoutFraction: 0.2,
      holdoutSeed: 0,
      date: '2025-01-01T00:00:00.000Z',
    },
  };
}

/** Serves the real directions file if the site has one, else the stand-in. */
export async function directionsOrStandIn(page: Page): Promise<void> {
  await page.route('**/models/directions.json', async (route) => {
    const response = await route.fetch();
    if (response.ok()) await route.fulfill({ response });
    else await route.fulfill({ json: standInDirections() });
  });
}
