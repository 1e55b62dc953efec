/**
 * The population panel needs models/population.json in the current format. Until the fit's
 * summary is rewritten in it (and in a checkout with an older one), the page gets a stand-in:
 * counts in the real format, made by the app's own summarizeReadings from synthetic faces,
 * a few of them placed by the aligned crop so the panel has missed faces to speak of.
 */
import type { Page } from '@playwright/test';
import type { MonkTone } from '../../src/core/measure/monkScale';
import { POPULATION_FORMAT, validatePopulation, type PopulationFile } from '../../src/core/population/populationFile';
import { summarizeReadings, type FaceReading } from '../../src/core/population/summary';

const STAND_IN_FACES = 500;
const MISSED_EVERY = 37;

function standInFace(i: number): FaceReading {
  return {
    found: true,
    age: 18 + ((i * 7) % 50),
    pMale: (i * 37) % 100 < 40 ? 0.8 : 0.2,
    expressions: { happy: (i * 53) % 100 < 50 ? 0.9 : 0.1 },
    skin: i % 25 === 0 ? null : { monk: (1 + ((i * 3) % 10)) as MonkTone },
    yaw: ((i * 11) % 60) - 30,
    placedBy: i % MISSED_EVERY === 1 ? 'aligned' : 'detector',
  };
}

export function standInPopulation(): PopulationFile {
  return {
    format: POPULATION_FORMAT,
    summary: summarizeReadings(Array.from({ length: STAND_IN_FACES }, (_, i) => standInFace(i))),
    provenance: {
      fitSeedBase: 0,
      n: STAND_IN_FACES,
      classifier: 'stand-in for tests: synthetic readings',
      packages: {},
      date: '2025-01-01T00:00:00.000Z',
      script: 'tests/e2e/populationRoute.ts',
    },
  };
}

/** Serves the real population file if it is in the current format, else the stand-in. */
export async function populationOrStandIn(page: Page): Promise<void> {
  await page.route('**/models/population.json', async (route) => {
    const response = await route.fetch();
    const real = response.ok() ? validatePopulation(await response.json().catch(() => null)) : null;
    if (real?.ok) await route.fulfill({ response });
    else await route.fulfill({ json: standInPopulation() });
  });
}
