/**
 * Bias inspection on the real model (WASM): the live readout follows the face, a small sweep
 * ends in a chart and a CSV, and a cancelled sweep leaves no tensors behind.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { SWEEP_CSV_COLUMNS } from '../../src/core/measure/sweepCsv';
import { waitForFace } from './appPage';
import { directionsOrStandIn } from './directionsRoute';
import { expect, test } from './fixtures';

// A real-model face takes seconds on WASM here; a sweep is many of them.
test.setTimeout(360_000);

const readout = (page: Page) => page.getByRole('region', { name: 'Measured in this face' });
const sweepForm = (page: Page) => page.getByRole('form', { name: 'Sweep settings' });
const sweepStatus = (page: Page) => page.locator('.progress [role=status]');

async function waitForFreshReadout(page: Page): Promise<void> {
  await expect(readout(page)).toHaveAttribute('data-freshness', 'fresh', { timeout: 120_000 });
  await expect(readout(page)).toHaveAttribute('aria-busy', 'false');
}

async function setSweepSize(page: Page, faces: number, steps: number): Promise<void> {
  await sweepForm(page).getByLabel('faces').fill(String(faces));
  await sweepForm(page).getByLabel('steps').fill(String(steps));
}

test.beforeEach(async ({ page, openApp }) => {
  await directionsOrStandIn(page);
  await openApp({ seed: '7' });
  await waitForFace(page);
});

test('the readout measures the face shown and follows a slider move', { tag: '@real-model' }, async ({ page }) => {
  await waitForFreshReadout(page);
  const gauges = readout(page).locator('[data-reading]');
  const missed = readout(page).getByText('No face found');
  await expect(gauges.or(missed).first()).toBeVisible();
  if ((await gauges.count()) > 0) {
    await expect(gauges).toHaveCount(6);
    await expect(gauges.filter({ hasText: 'Identity distance' })).toContainText(/\d\.\d\d|measuring|not measured/);
    await expect(gauges.filter({ hasText: 'Age' })).toContainText(/\d+\.\d years/);
    const skin = gauges.filter({ hasText: 'Skin lightness L*' });
    await expect(skin).toContainText(/L\*\s*\d+|too little bare skin in frame/);
    if ((await skin.getByTestId('monk-tone').count()) > 0) {
      await expect(skin.getByTestId('monk-tone')).toHaveText(/^Monk ([1-9]|10)$/);
      await expect(skin.getByTestId('monk-swatch')).toHaveAttribute('aria-label', /^Monk Skin Tone ([1-9]|10) of 10$/);
    }
  }
  const before = Number(await readout(page).getAttribute('data-measured-frame'));
  expect(before).toBeGreaterThan(0);

  await page.getByRole('slider', { name: 'Smiling' }).fill('85');
  // On WASM the render holds the page, so "stale" may come and go unseen: the measured frame moving on is what counts.
  await expect
    .poll(async () => Number(await readout(page).getAttribute('data-measured-frame')), { timeout: 120_000 })
    .toBeGreaterThan(before);
  await waitForFreshReadout(page);
});

test('a 2 × 3 sweep charts every reading and exports one CSV row per face', { tag: '@real-model' }, async ({ page }) => {
  // Observable Plot styles its charts with an inline <style>, which the policy forbids: the app must strip it.
  await page.evaluate(() => {
    (window as { cspViolations?: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as { cspViolations?: string[] }).cspViolations!.push(e.violatedDirective),
    );
  });
  await setSweepSize(page, 2, 3);
  await sweepForm(page).getByRole('button', { name: 'Run sweep' }).click();
  await expect(page.getByRole('progressbar', { name: 'Sweep progress' })).toBeVisible();
  await expect(sweepStatus(page)).toHaveText('Done: 6 faces measured.', { timeout: 300_000 });

  await expect(page.locator('svg.sweep-plot')).toHaveCount(6);
  expect(await page.evaluate(() => (window as { cspViolations?: string[] }).cspViolations)).toEqual([]);
  await expect(page.getByText(/^Smiling 0→100: /)).toBeVisible();
  await expect(page.getByText(/side effect/i).first()).toBeVisible();
  await expect(page.getByRole('img', { name: /^Seed \d+, Smiling (0|50|100)/ })).toHaveCount(6);

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download CSV/ }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toBe('face-explorer-sweep-smiling-2x3.csv');
  const lines = (await readFile((await csv.path())!, 'utf8')).trimEnd().split('\r\n');
  expect(lines[0]).toBe(SWEEP_CSV_COLUMNS.join(','));
  const rows = lines.slice(1).map((line) => line.split(','));
  expect(rows).toHaveLength(6);
  for (const row of rows) expect(row).toHaveLength(SWEEP_CSV_COLUMNS.length);
  expect(rows.map((r) => r[2])).toEqual(['0', '0', '50', '50', '100', '100']);
  expect(rows.filter((r) => r[3] === '7')).toHaveLength(3);
  expect(rows.every((r) => r[0] === 'smiling' && (r[4] === 'true' || r[4] === 'false'))).toBe(true);
  // Identity at slider 50 is the face as generated itself: 0 wherever the face was found.
  const identity = SWEEP_CSV_COLUMNS.indexOf('identity');
  for (const r of rows.filter((r) => r[2] === '50' && r[4] === 'true')) expect(r[identity]).toBe('0');
  // The real measurer places every face, by the detector or by the aligned crop when it misses.
  const placedBy = SWEEP_CSV_COLUMNS.indexOf('placed_by');
  for (const r of rows.filter((r) => r[4] === 'true')) expect(r[placedBy]).toMatch(/^(detector|aligned)$/);

  const svgDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download chart (SVG)' }).click();
  const svg = await readFile((await (await svgDownload).path())!, 'utf8');
  expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  // The file's own <svg> around one per panel: five readings and identity.
  expect(svg.match(/<svg/g)!.length).toBe(7);
});

test('a sweep started over another replaces it, and cancelling leaves no tensors behind', { tag: '@real-model' }, async ({ page }) => {
  await waitForFreshReadout(page);
  await page.evaluate(() => window.__faceExplorer!.idle());
  const tensorsBefore = await page.evaluate(() => window.__faceExplorer!.tensorCount());

  // Long enough that the clicks land mid-sweep. On WASM a face holds the page for seconds and
  // Playwright's checks run between faces, so a click may take several faces to go through.
  const midSweep = { timeout: 150_000 };
  await setSweepSize(page, 2, 11);
  await sweepForm(page).getByRole('button', { name: 'Run sweep' }).click();
  await expect(sweepStatus(page)).toHaveText(/^Measured [1-9] of 22 faces/, { timeout: 120_000 });
  const otherSeed = page.getByRole('rowheader', { name: /^Seed \d+$/ });
  const firstRunSeed = await otherSeed.textContent();
  await sweepForm(page).getByRole('button', { name: 'Restart sweep' }).click(midSweep);
  await expect(sweepStatus(page)).toHaveText(/^Measured [1-9] of 22 faces/, { timeout: 120_000 });
  // A new sweep draws new faces beside the current one.
  await expect(otherSeed).not.toHaveText(firstRunSeed!);
  await sweepForm(page).getByRole('button', { name: 'Cancel' }).click(midSweep);
  await expect(sweepStatus(page)).toHaveText(/^Cancelled after \d+ of 22 faces\.$/, { timeout: 60_000 });

  await waitForFreshReadout(page);
  await page.evaluate(() => window.__faceExplorer!.idle());
  expect(await page.evaluate(() => window.__faceExplorer!.tensorCount())).toBe(tensorsBefore);
  // Still usable: the sliders draw, and a new sweep can start.
  await expect(page.getByRole('slider', { name: 'Smiling' })).toBeEnabled();
  await expect(sweepForm(page).getByRole('button', { name: 'Run sweep' })).toBeEnabled();
});
