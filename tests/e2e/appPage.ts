/** Shared looks at the app's page for the e2e specs. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The tiny test model (scripts/lib/tinyModel.ts), relative to the site: fast on every backend. */
export const TINY_MODEL = '../__test__/tiny-model';

export const faceOf = (page: Page) => page.locator('canvas.face');

/** Waits until the engine has nothing left to draw and the face canvas is not busy. */
export async function waitForFace(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForFunction(() => window.__faceExplorer !== undefined, undefined, { timeout });
  await page.evaluate(() => window.__faceExplorer!.idle());
  await expect(faceOf(page)).toHaveAttribute('aria-busy', 'false', { timeout });
}

/**
 * The tensor count once it has held still for a while: the live readout loads its own
 * networks after the first face, so a count taken too early moves for reasons of its own.
 */
export async function settledTensorCount(page: Page): Promise<number> {
  let last = -1;
  for (let same = 0; same < 3; ) {
    await page.waitForTimeout(500);
    const count = await page.evaluate(() => window.__faceExplorer!.tensorCount());
    same = count === last ? same + 1 : 0;
    last = count;
  }
  return last;
}
