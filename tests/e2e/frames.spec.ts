/**
 * Frame records during a slider storm: many requests, most dropped, some measured late. The
 * readout and the presenter must end on the numbers of the face on screen, the ones a clean load
 * of the same link gives, and never on those of a face left behind.
 */
import type { Page } from '@playwright/test';
import { TINY_MODEL_64, waitForFace } from './appPage';
import { expect, test } from './fixtures';

/** Each view's region and the text of its numbers. */
const VIEWS = {
  explore: { region: 'Measured in this face', numbers: '[data-reading]' },
  presenter: { region: 'Measured', numbers: 'tr[data-reading] .values' },
} as const;

async function settledNumbers(page: Page, mode: keyof typeof VIEWS): Promise<{ frame: string; numbers: string[] }> {
  const region = page.getByRole('region', { name: VIEWS[mode].region, exact: true });
  await waitForFace(page);
  await expect(region).toHaveAttribute('data-freshness', 'fresh');
  const lastRequest = await page.evaluate(() => window.__faceExplorer!.lastRequest());
  await expect(region).toHaveAttribute('data-measured-frame', String(lastRequest));
  const texts = await region.locator(VIEWS[mode].numbers).allTextContents();
  // The presenter shows "start → now": a clean load never measured this seed's start, so only "now" compares.
  return { frame: String(lastRequest), numbers: texts.map((t) => t.split('→').at(-1)!.trim()) };
}

const RUNS = [
  { mode: 'explore', prepare: '0' },
  { mode: 'presenter', prepare: '0' },
  // With faces prepared ahead, most of the storm is shown from kept faces, some of them the nearest.
  { mode: 'explore', prepare: '1' },
] as const;

for (const { mode, prepare } of RUNS) {
  const ahead = prepare === '1' ? ', faces prepared ahead,' : '';
  test(`in ${mode} mode${ahead} after a slider storm the readings are those of the face on screen`, async ({ page, openApp }) => {
    // Measuring takes longer than drawing, so most faces of the storm are never measured.
    await openApp({ model: TINY_MODEL_64, measurer: 'fake', seed: '7', mode, prepare });
    await waitForFace(page);
    if (prepare === '1') {
      await page.getByRole('slider', { name: 'Smiling' }).focus();
      await expect.poll(() => page.evaluate(async () => (await window.__faceExplorer!.preparedStats())?.kept ?? 0)).toBeGreaterThan(30);
    }
    await page.evaluate(() => window.__faceExplorer!.fakeMeasurer(150));
    const smiling = page.getByRole('slider', { name: 'Smiling' });
    for (let value = 52; value <= 100; value += 4) await smiling.fill(String(value));
    const stormed = await settledNumbers(page, mode);
    expect(Number(stormed.frame)).toBeGreaterThan(5);

    // A clean load of the same link, measured once.
    await openApp({ ...Object.fromEntries(new URL(page.url()).searchParams), measurer: 'fake', prepare: '0' });
    const clean = await settledNumbers(page, mode);
    expect(stormed.numbers).toEqual(clean.numbers);
    expect(stormed.numbers.length).toBeGreaterThan(3);
  });
}
