/**
 * The population audit on the tiny model with a fake measurer (instant readings that follow the
 * pixels): it runs in batches with progress, Cancel keeps what was measured, Continue finishes
 * the same faces, the link reproduces them, and the result is laid over the default distribution.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { AUDIT_CSV_COLUMNS } from '../../src/core/population/audit';
import { auditFaceSeeds } from '../../src/core/population/auditSeeds';
import { settledTensorCount, TINY_MODEL, waitForFace } from './appPage';
import { expect, test } from './fixtures';
import { populationOrStandIn } from './populationRoute';

const panel = (page: Page) => page.getByRole('region', { name: 'Who does this model draw?' });
const status = (page: Page) => panel(page).locator('.progress [role=status]');

async function openWithFakeMeasurer(page: Page, open: () => Promise<void>, delayMs: number): Promise<void> {
  await populationOrStandIn(page);
  await open();
  await waitForFace(page);
  await page.evaluate((ms) => window.__faceExplorer!.fakeMeasurer(ms), delayMs);
}

async function csvRows(page: Page): Promise<string[]> {
  const download = page.waitForEvent('download');
  await panel(page)
    .getByRole('button', { name: /Download CSV/ })
    .click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^face-explorer-audit-4242-smiling100-\d+\.csv$/);
  const lines = (await readFile((await file.path())!, 'utf8')).trimEnd().split('\r\n');
  expect(lines[0]).toBe(AUDIT_CSV_COLUMNS.join(','));
  return lines.slice(1);
}

test('an audit shows progress, Cancel keeps its faces, Continue finishes the same faces', async ({ page, openApp }) => {
  await openWithFakeMeasurer(page, () => openApp({ model: TINY_MODEL, seed: '5', smiling: '100', audit: '4242', auditN: '50' }), 150);
  await expect(panel(page).getByText(/of faces read as female/)).toBeVisible();

  await panel(page).getByRole('button', { name: 'Audit 50 faces' }).click();
  await expect(panel(page).getByRole('progressbar', { name: 'Audit progress' })).toBeVisible();
  await expect(status(page)).toHaveText(/Measured [1-9]\d* of 50 faces/);
  await panel(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(status(page)).toHaveText(/^Cancelled after \d+ of 50 faces: the results below are partial/);
  const kept = Number(/after (\d+) of/.exec((await status(page).textContent())!)![1]);
  expect(kept).toBeGreaterThan(0);
  expect(kept).toBeLessThan(50);
  await expect(panel(page).getByText(`(partial: ${kept} of 50)`)).toBeVisible();
  const partial = await csvRows(page);
  expect(partial).toHaveLength(kept);
  expect(partial.every((row) => row.startsWith('4242,') && row.includes(',smiling=100,'))).toBe(true);

  // Continue measures only the faces the cancelled audit did not reach.
  await page.evaluate(() => window.__faceExplorer!.fakeMeasurer(0));
  await panel(page)
    .getByRole('button', { name: `Continue (${50 - kept} more)` })
    .click();
  await expect(status(page)).toHaveText('Done: 50 faces measured.');
  const whole = await csvRows(page);
  expect(whole).toHaveLength(50);
  expect(whole.slice(0, kept)).toEqual(partial);
  expect(new URL(page.url()).searchParams.get('audit')).toBe('4242');
  expect(new URL(page.url()).searchParams.get('auditN')).toBe('50');
});

test('the default distribution says how many faces the detector missed and which skin groups they had', async ({ page, openApp }) => {
  await openWithFakeMeasurer(page, () => openApp({ model: TINY_MODEL, seed: '5' }), 0);
  const missed = panel(page).getByTestId('missed-faces');
  await expect(missed).toHaveText(
    /^The face detector (found all [\d,]+ faces\.|missed [\d,]+ of [\d,]+ faces \([\d.]+%\); they were measured in the aligned crop instead\.)/,
  );
  // The stand-in file has misses; a regenerated real one may have none.
  if ((await missed.textContent())!.includes('missed')) {
    await expect(missed).toContainText(
      /Among them: light \d+, medium \d+, dark \d+ — (they lean toward (darker|lighter) skin|they differ|no clear lean)/,
    );
  }
  await expect(panel(page).getByText(/a tone of the Monk Skin Tone scale/)).toBeVisible();
  await expect(panel(page).locator('[data-chart=skin] h4')).toHaveText('Skin tone (Monk Skin Tone scale)');
});

test('a link with an audit seed reproduces the audit: the same faces, one CSV row each', async ({ page, openApp }) => {
  await openWithFakeMeasurer(page, () => openApp({ model: TINY_MODEL, seed: '5', smiling: '100', audit: '4242', auditN: '50' }), 0);
  await expect(panel(page).getByLabel('audit seed')).toHaveValue('4242');
  await panel(page).getByRole('button', { name: 'Audit 50 faces' }).click();
  await expect(status(page)).toHaveText('Done: 50 faces measured.');
  const rows = await csvRows(page);
  expect(rows.map((row) => Number(row.split(',')[2]))).toEqual(auditFaceSeeds(4242, 50));
});

test('an audit is laid over the default distribution, its change put in words, and leaves no tensors behind', async ({ page, openApp }) => {
  await openWithFakeMeasurer(page, () => openApp({ model: TINY_MODEL, seed: '6', smiling: '100', audit: '4242', auditN: '50' }), 0);
  const tensors = await settledTensorCount(page);
  await panel(page).getByRole('button', { name: 'Audit 50 faces' }).click();
  await expect(status(page)).toHaveText('Done: 50 faces measured.');
  expect(await settledTensorCount(page), 'every batch disposes its tensors').toBe(tensors);
  await expect(panel(page).getByText(/^With Smiling at 100, audit seed 4242: \d+ of 50 faces measured\.$/)).toBeVisible();
  await expect(panel(page).getByText(/^With Smiling at 100: read as female \d+% → \d+%/)).toBeVisible();
  await expect(panel(page).getByText(/^With Smiling at 100: light skin \(Monk 1–3\) \d+% → \d+%/)).toBeVisible();
  // The fake measurer finds every face: the audit says so, in the same words as the default's misses.
  await expect(panel(page).getByTestId('audit-missed-faces')).toHaveText('The face detector found all 50 faces.');
  await expect(panel(page).getByText('this audit')).toBeVisible();
  for (const chart of ['headline', 'skin', 'age', 'yaw']) {
    // Default and audit bars side by side: two fills, one per series.
    const bars = panel(page).locator(`[data-chart=${chart}] svg rect[fill]`);
    await expect(bars.first()).toBeAttached();
    expect(new Set(await bars.evaluateAll((rects) => rects.map((r) => r.getAttribute('fill'))))).toEqual(new Set(['#8f9199', '#2456c9']));
  }
});
