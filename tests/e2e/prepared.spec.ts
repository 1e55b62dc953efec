/**
 * Faces prepared ahead while the face rests (src/core/prepare/, src/engine/facePreparer.ts): a
 * drag over them draws nothing, the face at release is the exact one, Play's second pass draws
 * nothing, and the switch turns the work off. On the tiny model, where preparing is quick.
 */
import type { Page } from '@playwright/test';
import { facePixels, TINY_MODEL_64, waitForFace } from './appPage';
import { expect, test } from './fixtures';

const facesDrawn = (page: Page) => page.evaluate(() => window.__faceExplorer!.facesDrawn());

/** Waits until the plan is drawn: nothing left to prepare and at least `kept` faces kept. */
async function preparedAtLeast(page: Page, kept: number): Promise<void> {
  await expect
    .poll(
      async () => {
        const stats = await page.evaluate(() => window.__faceExplorer!.preparedStats());
        return stats && stats.pending === 0 && stats.kept >= kept ? 'drawn' : JSON.stringify(stats);
      },
      { timeout: 60_000 },
    )
    .toBe('drawn');
}

/**
 * Moves a slider through `values` as a drag does: one input event each, a frame apart. Returns
 * whether each face shown meanwhile (by request id) was a prepared one.
 */
async function drag(page: Page, id: string, values: number[]): Promise<boolean[]> {
  return page.evaluate(
    async ({ id, values }) => {
      const slider = document.getElementById(`slider-${id}`) as HTMLInputElement;
      const shown = new Map<number, boolean>();
      const firstId = window.__faceExplorer!.lastRequest();
      const look = () => {
        const face = window.__faceExplorer!.shownFace();
        if (face && face.id > firstId) shown.set(face.id, face.prepared);
      };
      for (const value of values) {
        slider.value = String(value);
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => requestAnimationFrame(resolve));
        look();
      }
      await window.__faceExplorer!.idle();
      look();
      return [...shown.values()];
    },
    { id, values },
  );
}

test('after rest, a drag over prepared steps shows kept faces only, and the face at release is the exact one', async ({
  page,
  openApp,
}) => {
  await openApp({ model: TINY_MODEL_64, measurer: 'fake', seed: '11', prepare: '1' });
  await waitForFace(page);
  await page.getByRole('slider', { name: 'Smiling' }).focus();
  await preparedAtLeast(page, 40);

  // On the prepared steps every face shown is a kept one, with its readings.
  const shown = await drag(page, 'smiling', [55, 60, 65, 70, 75, 80, 85, 90]);
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.every(Boolean)).toBe(true);
  await waitForFace(page);
  const readout = page.getByRole('region', { name: 'Measured in this face', exact: true });
  const lastRequest = await page.evaluate(() => window.__faceExplorer!.lastRequest());
  await expect(readout).toHaveAttribute('data-measured-frame', String(lastRequest));

  // Between the steps the nearest kept face shows at once; at release the exact face is drawn.
  await drag(page, 'smiling', [88, 86, 84, 82, 81]);
  await waitForFace(page);
  await expect(page.getByTestId('prepared-note')).toHaveCount(0);
  const released = await facePixels(page);

  await openApp({ model: TINY_MODEL_64, measurer: 'fake', seed: '11', smiling: '81' });
  await waitForFace(page);
  expect(await facePixels(page)).toBe(released);
});

test('during a drag between prepared steps the readout says which value the face shows', async ({ page, openApp }) => {
  await openApp({ model: TINY_MODEL_64, measurer: 'fake', seed: '11', prepare: '1' });
  await waitForFace(page);
  await page.getByRole('slider', { name: 'Smiling' }).focus();
  await preparedAtLeast(page, 40);
  // Hold the exact face back: a drag that never pauses.
  await page.evaluate(() => {
    const slider = document.getElementById('slider-smiling') as HTMLInputElement;
    let value = 60;
    const timer = setInterval(() => {
      slider.value = String((value = value === 62 ? 63 : 62));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    }, 30);
    setTimeout(() => clearInterval(timer), 3000);
  });
  await expect(page.getByTestId('prepared-note')).toContainText(/Showing Smiling at (60|62.5|65) \(prepared ahead\)/);
  await waitForFace(page);
  await expect(page.getByTestId('prepared-note')).toHaveCount(0);
});

test('Play shows prepared faces on its second pass', async ({ page, openApp }) => {
  await openApp({ model: TINY_MODEL_64, measurer: 'fake', seed: '5', mode: 'presenter', prepare: '1' });
  await waitForFace(page);
  // Choosing Smiling for Play prepares along it first, at every half-step too.
  await page.getByRole('slider', { name: 'Smiling' }).focus();
  await preparedAtLeast(page, 60);
  await page.locator('body').press('p');
  await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
  // A full pass (6 s) first; then watch most of another.
  await page.waitForTimeout(6500);
  const shown = await page.evaluate(async () => {
    const faces = new Map<number, boolean>();
    for (const end = performance.now() + 4000; performance.now() < end;) {
      const face = window.__faceExplorer!.shownFace();
      if (face) faces.set(face.id, face.prepared);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return [...faces.values()];
  });
  await page.locator('body').press('p');
  expect(shown.length).toBeGreaterThan(5);
  // A face is drawn for Play only where it paused (a slow machine can stall it): nearly all were prepared.
  expect(shown.filter(Boolean).length / shown.length).toBeGreaterThan(0.8);
});

test('the switch in About turns preparing off, in the link too', async ({ page, openApp }) => {
  await openApp({ model: TINY_MODEL_64, measurer: 'fake', seed: '11', prepare: '1' });
  await waitForFace(page);
  await page.getByText('About the model and its measurements').click();
  const toggle = page.getByRole('checkbox', { name: 'Prepare faces ahead while idle' });
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect(page).toHaveURL(/prepare=0/);
  await preparedAtLeast(page, 0);
  const drawn = await facesDrawn(page);
  // Off the prepared steps, so the face is drawn for the request.
  await page.getByRole('slider', { name: 'Young' }).fill('71');
  await waitForFace(page);
  await page.waitForTimeout(1000);
  // Only the face asked for.
  expect(await facesDrawn(page)).toBe(drawn + 1);
  expect((await page.evaluate(() => window.__faceExplorer!.preparedStats()))!.pending).toBe(0);
});
