/**
 * HD faces on the tiny model and its tiny upscaler (same layer classes as the shipped ESRGAN):
 * the ×4 face replaces the face once it rests, only ever for the newest state, follows the
 * link's hd= and the toggle, fails like a generator file when its file is corrupt, and leaks no
 * tensors.
 */
import type { Page } from '@playwright/test';
import { settledTensorCount, TINY_MODEL, waitForFace, faceOf } from './appPage';
import { expect, test } from './fixtures';

const LINK = { model: TINY_MODEL, seed: '12', hd: '1' };
const canvasWidth = (page: Page) => faceOf(page).evaluate((c) => (c as HTMLCanvasElement).width);
const hdPaints = (page: Page) => page.evaluate(() => window.__faceExplorer!.hdPaints());

test('the HD face replaces the face at rest, is replaced when a slider moves, and is never of an old state', async ({ page, openApp }) => {
  await openApp(LINK);
  await waitForFace(page);
  // The tiny model draws 8 px; its upscaler ×4 gives 32 (HD is switched on once the model is ready,
  // which can be just after the first face rested: its HD pass then follows).
  await expect.poll(() => canvasWidth(page)).toBe(32);
  const smiling = page.getByRole('slider', { name: 'Smiling', exact: true });
  await smiling.focus();
  // A burst of moves: HD passes of states left behind must be dropped, not painted late.
  for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
  await waitForFace(page);
  expect(await canvasWidth(page)).toBe(32);
  const paints = await hdPaints(page);
  const lastRequest = await page.evaluate(() => window.__faceExplorer!.lastRequest());
  expect(paints.length).toBeGreaterThanOrEqual(2);
  for (const paint of paints) expect(paint.seq).toBe(paint.newestRequest);
  expect(paints.at(-1)!.seq).toBe(lastRequest);
});

test('the HD toggle round-trips through the link', async ({ page, openApp }) => {
  await openApp(LINK);
  await waitForFace(page);
  const toggle = page.getByRole('button', { name: 'HD', exact: true });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page).toHaveURL(/[?&]hd=0/);
  expect(await canvasWidth(page)).toBe(8);
  await page.reload();
  await waitForFace(page);
  await expect(page.getByRole('button', { name: 'HD', exact: true })).toHaveAttribute('aria-pressed', 'false');
  expect(await canvasWidth(page)).toBe(8);
  await page.getByRole('button', { name: 'HD', exact: true }).click();
  await expect(page).toHaveURL(/[?&]hd=1/);
  await waitForFace(page);
  expect(await canvasWidth(page)).toBe(32);
});

test('a corrupt upscaler file is named in the error view, and Retry brings HD back', async ({ page, openApp, faults }) => {
  await faults.inject({ kind: 'corrupt', file: 'upscaler/group1-shard1of1.bin' });
  await openApp(LINK);
  await expect(page.getByTestId('error-file')).toHaveText('group1-shard1of1.bin');
  await expect(page.getByRole('alert')).toContainText(/checksum mismatch/);
  expect(new URL(page.url()).searchParams.get('hd')).toBe('1');
  await faults.clear();
  await page.getByRole('button', { name: 'Retry' }).click();
  await waitForFace(page);
  expect(await canvasWidth(page)).toBe(32);
});

test('100 HD passes leave no tensors behind', async ({ page, openApp }) => {
  await openApp(LINK);
  await waitForFace(page);
  const before = await settledTensorCount(page);
  expect(await page.evaluate(() => window.__faceExplorer!.upscaleShownFace(100))).toBe(32);
  expect(await settledTensorCount(page)).toBe(before);
});
