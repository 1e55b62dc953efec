/**
 * Identity and locks that hold, on the tiny model's 64 px faces with the instant fake measurer
 * (src/testing/fakeMeasurer.ts; `?measurer=fake`): the wiring from the engine to the readout,
 * the sweep's CSV and the lock statuses, without face-api's seconds per face.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { MONK_SWATCHES } from '../../src/core/measure/monkScale';
import { SWEEP_CSV_COLUMNS } from '../../src/core/measure/sweepCsv';
import { TINY_MODEL_64, waitForFace } from './appPage';
import { expect, test } from './fixtures';

const readout = (page: Page) => page.getByRole('region', { name: 'Measured in this face' });
const hexToCss = (hex: string) => `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const gauge = (page: Page, label: string) => readout(page).locator('[data-reading]').filter({ hasText: label });

async function freshReadout(page: Page): Promise<void> {
  await expect(readout(page)).toHaveAttribute('data-freshness', 'fresh');
  await expect(readout(page)).toHaveAttribute('aria-busy', 'false');
}

test('the identity reading says the same person at every slider at 50, and a distance once a slider moves', async ({ page, openApp }) => {
  await openApp({ model: TINY_MODEL_64, measurer: 'fake', seed: '7' });
  await waitForFace(page);
  await freshReadout(page);
  await expect(gauge(page, 'Identity distance')).toContainText('0.00');
  await expect(gauge(page, 'Identity distance')).toContainText('likely the same person');

  await page.getByRole('slider', { name: 'Young' }).fill('100');
  await waitForFace(page);
  await freshReadout(page);
  await expect(gauge(page, 'Identity distance')).toContainText(/\d\.\d\d/);
  await expect(gauge(page, 'Identity distance')).not.toContainText('0.00');
});

test('the readout shows the skin as a Monk tone with its swatch, beside the measured colour', async ({ page, openApp }) => {
  await openApp({ model: TINY_MODEL_64, measurer: 'fake', seed: '7' });
  await waitForFace(page);
  await freshReadout(page);
  const skin = gauge(page, 'Skin lightness L*');
  await expect(skin).toContainText(/Skin lightness L\*\s*\d+/);
  await expect(skin.getByTestId('monk-tone')).toHaveText(/^Monk ([1-9]|10)$/);
  const tone = /\d+/.exec((await skin.getByTestId('monk-tone').textContent())!)![0];
  const swatch = skin.getByTestId('monk-swatch');
  await expect(swatch).toHaveAttribute('aria-label', `Monk Skin Tone ${tone} of 10`);
  await expect(swatch).toHaveAttribute('title', `Monk Skin Tone ${tone} of 10`);
  expect(await swatch.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(hexToCss(MONK_SWATCHES[Number(tone) - 1]!.hex));
  await expect(skin.getByRole('img', { name: /^measured skin colour, L\* \d+, hue \d+°$/ })).toBeVisible();
  await expect(skin).toContainText(/L\* \d+ · hue \d+°/);
  await expect(skin).toContainText(/ITA° −?\d+/);
  // The fake measurer stands in for a detector that found the face.
  await expect(readout(page).getByTestId('placed-by')).toHaveCount(0);
});

test("a sweep's CSV has each face's identity distance", async ({ page, openApp }) => {
  await openApp({ model: TINY_MODEL_64, measurer: 'fake', seed: '7' });
  await waitForFace(page);
  const form = page.getByRole('form', { name: 'Sweep settings' });
  await form.getByLabel('faces').fill('2');
  await form.getByLabel('steps').fill('3');
  await form.getByRole('button', { name: 'Run sweep' }).click();
  await expect(page.locator('.progress [role=status]')).toHaveText('Done: 6 faces measured.');
  await expect(
    page.getByText(
      /^(Smiling at \d+ and (above|below) turns \d of 2 faces into a different person|Every face stays likely the same person)/,
    ),
  ).toBeVisible();
  await expect(page.locator('.panel[data-reading=identity] svg.sweep-plot')).toHaveCount(1);
  await expect(page.getByRole('img', { name: /^Seed \d+, Smiling 50, identity 0\.00: likely the same person$/ })).toHaveCount(2);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download CSV/ }).click();
  const lines = (await readFile((await (await download).path())!, 'utf8')).trimEnd().split('\r\n');
  const header = lines[0]!.split(',');
  expect(header).toEqual([...SWEEP_CSV_COLUMNS]);
  const column = header.indexOf('identity');
  const distances = lines.slice(1).map((line) => Number(line.split(',')[column]));
  expect(distances).toHaveLength(6);
  for (const d of distances) expect(d).toBeGreaterThanOrEqual(0);
  // Slider 50 is the face as generated: distance 0 for both seeds.
  expect(lines.slice(1).filter((line) => line.split(',')[2] === '50' && Number(line.split(',')[column]) === 0)).toHaveLength(2);
});

test('a locked reading is reported held once the face rests', async ({ page, openApp }) => {
  await openApp({ model: TINY_MODEL_64, measurer: 'fake', seed: '7', lock: 'male' });
  await waitForFace(page);
  await page.getByRole('slider', { name: 'Smiling' }).fill('70');
  await waitForFace(page);
  await freshReadout(page);
  await expect(gauge(page, 'P(male)')).toContainText(/lock held \(±0\.05\)/);
});
