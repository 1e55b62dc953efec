/** Shared looks at the app's page for the e2e specs. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export { settledTensorCount } from '../../scripts/testing/pageProbes';

/** The tiny test model (scripts/testing/tinyModel.ts), relative to the site: fast on every backend. */
export const TINY_MODEL = '../__test__/tiny-model';

/**
 * The tiny model drawing 64 px faces, big enough to be measured: with `measurer: 'fake'` (the
 * instant stand-in for face-api, src/testing/fakeMeasurer.ts) the readout shows numbers in
 * milliseconds, for tests about the page rather than the real model.
 */
export const TINY_MODEL_64 = '../__test__/tiny-model-64';

export const faceOf = (page: Page) => page.locator('canvas.face');

/** Waits until the engine has nothing left to draw and the face canvas is not busy. */
export async function waitForFace(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForFunction(() => window.__faceExplorer !== undefined, undefined, { timeout });
  await page.evaluate(() => window.__faceExplorer!.idle());
  await expect(faceOf(page)).toHaveAttribute('aria-busy', 'false', { timeout });
}

/** What the main canvas shows, as a data URL (WASM and CPU draw it through a 2D context). */
export const facePixels = (page: Page): Promise<string> =>
  page.evaluate(() => (document.querySelector('canvas.face') as HTMLCanvasElement).toDataURL());
