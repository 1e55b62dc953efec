/** Sliders, locks, links, gallery and presenter mode. The tiny model keeps these fast. */
import { facePixels as pixels, TINY_MODEL, waitForFace } from './appPage';
import { expect, test } from './fixtures';

test('moving Smiling redraws the face and leaves no stale frame (real model)', { tag: '@real-model' }, async ({ page, openApp }) => {
  await openApp({ seed: '42' });
  await waitForFace(page);
  const before = await pixels(page);
  await page.getByRole('slider', { name: 'Smiling', exact: true }).fill('100');
  await waitForFace(page);
  expect(await pixels(page)).not.toBe(before);
  await expect(page).toHaveURL(/smiling=100/);
});

test('sliders, locks and advanced options come from the link, and bad values are named', async ({ page, openApp }) => {
  await openApp({ model: TINY_MODEL, seed: '9', smiling: '80', young: '150', male: 'abc', lock: 'male,wings', advanced: '1' });
  await waitForFace(page);
  await expect(page.getByRole('slider', { name: 'Smiling', exact: true })).toHaveValue('80');
  await expect(page.getByRole('slider', { name: 'Young', exact: true })).toHaveValue('100');
  await expect(page.getByRole('slider', { name: 'Male', exact: true })).toHaveValue('50');
  await expect(page.getByRole('checkbox', { name: 'Lock Male' })).toBeChecked();
  await expect(page.getByRole('slider', { name: 'Skin tone (lighter)' })).toBeVisible();
  const notices = page.getByRole('status').filter({ hasText: 'young=150' });
  await expect(notices).toContainText('male="abc"');
  await expect(notices).toContainText('"wings"');
  // The link is rewritten to the state actually shown.
  await expect(page).toHaveURL(/young=100/);
  expect(page.url()).not.toContain('wings');
});

test('Reset returns every slider to 50; locks toggle and reach the link', async ({ page, openApp }) => {
  await openApp({ model: TINY_MODEL, seed: '4', smiling: '20', male: '90' });
  await waitForFace(page);
  await page.getByRole('checkbox', { name: 'Lock Young' }).check();
  await expect(page).toHaveURL(/lock=young/);
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByRole('slider', { name: 'Smiling', exact: true })).toHaveValue('50');
  await expect(page.getByRole('slider', { name: 'Male', exact: true })).toHaveValue('50');
  await waitForFace(page);
  expect(page.url()).not.toMatch(/smiling=|male=/);
});

test('the gallery draws nine faces and a click makes one the main face', async ({ page, openApp }) => {
  await openApp({ model: TINY_MODEL, seed: '11' });
  await waitForFace(page);
  await page.getByRole('button', { name: 'Gallery', exact: true }).click();
  await expect(page).toHaveURL(/mode=gallery/);
  const faces = page.getByRole('button', { name: /^Seed \d+: make it the main face$/ });
  await expect(faces).toHaveCount(9);
  await expect(faces.first()).toHaveAccessibleName('Seed 11: make it the main face');
  const third = faces.nth(2);
  const seed = (await third.getAttribute('aria-label'))!.match(/\d+/)![0];
  await third.click();
  await expect(page.getByRole('textbox', { name: 'Seed', exact: true })).toHaveValue(seed);
  await expect(page).toHaveURL(new RegExp(`seed=${seed}\\b`));
  expect(page.url()).not.toContain('mode=gallery');
  await waitForFace(page);
});

test('presenter keys: N new face, R reset, P plays the chosen slider and stops', async ({ page, openApp }) => {
  await openApp({ model: TINY_MODEL, seed: '21', mode: 'presenter', smiling: '70' });
  await waitForFace(page);
  await page.locator('body').press('n');
  await expect(page.getByRole('textbox', { name: 'Seed', exact: true })).not.toHaveValue('21');
  await page.locator('body').press('r');
  const smiling = page.getByRole('slider', { name: 'Smiling', exact: true });
  await expect(smiling).toHaveValue('50');
  await page.getByLabel('Animate').selectOption('smiling');
  await page.locator('body').press('p');
  await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
  await expect(smiling).not.toHaveValue('50');
  await page.locator('body').press('p');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  // Typing a seed is not a shortcut.
  await page.getByRole('textbox', { name: 'Seed', exact: true }).press('n');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('Copy link puts the current link on the clipboard', async ({ page, context, openApp }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp({ model: TINY_MODEL, seed: '8', smiling: '65' });
  await waitForFace(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});
