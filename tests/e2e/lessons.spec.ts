/**
 * Guided lessons (issue 22) on the 64 px tiny model with the fake measurer: a step says when its
 * action is done and its result measured, Back and Leave keep the explorer's state, a lesson
 * link restores its step, the presenter's keys step through it, and the print stylesheet prints
 * the student sheet instead of the app.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { TINY_MODEL_64, waitForFace } from './appPage';
import { expect, test } from './fixtures';

const FAKE = { model: TINY_MODEL_64, measurer: 'fake' };
const panel = (page: Page) => page.locator('section.lesson');
const slider = (page: Page, name: string) => page.getByRole('slider', { name, exact: true });
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function startLesson(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await page.getByRole('button', { name: title }).click();
  await waitForFace(page);
}

test('a lesson step waits for its action, says when the result is measured, and Back and Leave keep the state', async ({
  page,
  openApp,
}) => {
  await openApp({ ...FAKE, seed: '3', young: '20' });
  await waitForFace(page);
  await startLesson(page, 'Does Smiling only change the smile?');
  // The lesson starts from its own face with every slider at 50, and says so in the link.
  await expect(panel(page)).toHaveAttribute('data-step', '1');
  await expect(slider(page, 'Young')).toHaveValue('50');
  expect(param(page, 'seed')).toBe('7');
  expect(param(page, 'lesson')).toBe('smiling');
  await expect(panel(page)).toHaveAttribute('data-progress', 'done');

  await page.getByRole('button', { name: 'Next →' }).click();
  await expect(panel(page)).toHaveAttribute('data-step', '2');
  await expect(panel(page).locator('.progress')).toHaveText('Waiting for Smiling at 90 or more.');
  await slider(page, 'Smiling').fill('95');
  await expect(panel(page)).toHaveAttribute('data-progress', 'done');
  await expect(panel(page).locator('.progress')).toHaveText('Done ✓');
  await expect(panel(page).locator('tr[data-reading="pHappy"]')).toBeVisible();
  await expect(panel(page).getByText(/Identity distance to the face as generated/)).toBeVisible();
  await expect.poll(() => param(page, 'step')).toBe('2');

  await page.getByRole('button', { name: '← Back' }).click();
  await expect(panel(page)).toHaveAttribute('data-step', '1');
  await expect(slider(page, 'Smiling')).toHaveValue('95');
  await page.getByRole('button', { name: 'Leave lesson' }).click();
  await expect(panel(page)).toHaveCount(0);
  await expect(slider(page, 'Smiling')).toHaveValue('95');
  expect(param(page, 'lesson')).toBeNull();
  expect(param(page, 'seed')).toBe('7');
});

test('a lesson link restores its lesson, step and face; the presenter keys move through the steps', async ({ page, openApp }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp({ ...FAKE, seed: '21', smiling: '95', lock: 'male', lesson: 'lock', step: '4', mode: 'presenter' });
  await waitForFace(page);
  await expect(panel(page)).toHaveAttribute('data-step', '4');
  await expect(slider(page, 'Smiling')).toHaveValue('95');
  await expect(page.getByRole('checkbox', { name: 'Lock Male' })).toBeChecked();
  await expect(panel(page)).toHaveAttribute('data-progress', 'done');

  await page.locator('body').press('ArrowRight');
  await expect(panel(page)).toHaveAttribute('data-step', '5');
  await expect(panel(page).getByText('Smile with Male locked (locked: Male)')).toBeVisible();
  await page.locator('body').press('ArrowLeft');
  await page.locator('body').press('PageUp');
  await expect(panel(page)).toHaveAttribute('data-step', '3');
  // In a lesson the chosen slider moves with − and +, as ← → step through it.
  await expect(slider(page, 'Smiling')).toHaveValue('95');
  await page.locator('body').press('-');
  await expect(slider(page, 'Smiling')).toHaveValue('90');
  await expect(panel(page)).toHaveAttribute('data-step', '3');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the print stylesheet prints the student sheet with its readings table, and axe passes the lesson view', async ({ page, openApp }) => {
  await openApp({ ...FAKE, seed: '7', lesson: 'smiling', step: '1' });
  await waitForFace(page);
  await expect(panel(page)).toHaveAttribute('data-progress', 'done');
  await slider(page, 'Smiling').fill('95');
  await expect(page.locator('.student-sheet')).toBeHidden();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Teacher notes' }).click();
  await expect(page.getByRole('heading', { name: /^Teacher notes/ })).toBeVisible();
  await expect(page.getByText('45 minutes')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('.student-sheet');
  await expect(sheet).toBeVisible();
  await expect(page.locator('.app')).toBeHidden();
  await expect(sheet.locator('tr[data-reading="pMale"]')).toBeVisible();
  await expect(sheet.locator('canvas')).toHaveCount(2);
  await expect(sheet.getByText(/lesson=smiling/)).toBeVisible();
  await expect(sheet.getByText(/smiling=95/)).toBeVisible();
  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/sheet.png`, fullPage: true });

  // The sheet as "Save as PDF" makes it: pages on A4 and on US Letter.
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = (await page.pdf({ format })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    console.log(`student sheet on ${format}: ${pages} page${pages === 1 ? '' : 's'}`);
    expect(pages).toBe(1);
  }

  // "Print teacher notes" prints the notes instead (the print dialog itself is left out here).
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => (window.print = () => {}));
  await page.getByRole('button', { name: 'Print teacher notes' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-area').getByRole('heading', { name: /^Teacher notes/ })).toBeVisible();
  await expect(sheet).toHaveCount(0);
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = (await page.pdf({ format })).toString('latin1');
    console.log(`teacher notes on ${format}: ${pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0} pages`);
  }
});

test('screenshots of the lesson views', async ({ page, openApp }) => {
  test.skip(!process.env.SHOTS, 'only when SHOTS names a folder');
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp({ ...FAKE, seed: '21', smiling: '95', lock: 'male', lesson: 'lock', step: '4' });
  await waitForFace(page);
  await page.screenshot({ path: `${process.env.SHOTS}/explore.png` });
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp({ ...FAKE, seed: '21', smiling: '95', lesson: 'smiling', step: '2', mode: 'presenter' });
  await waitForFace(page);
  await page.screenshot({ path: `${process.env.SHOTS}/presenter.png` });
});
