/** Looks into a running app page, shared by the e2e specs and the latency benchmark. */
import type { Page } from 'playwright-core';

/**
 * The tensor count once it has held still for a while: the live readout loads its own
 * networks after the first face, so a count taken too early moves for reasons of its own.
 */
export async function settledTensorCount(page: Page): Promise<number> {
  let last = -1;
  for (let same = 0; same < 3;) {
    await page.waitForTimeout(500);
    const count = await page.evaluate(() => window.__faceExplorer!.tensorCount());
    same = count === last ? same + 1 : 0;
    last = count;
  }
  return last;
}
