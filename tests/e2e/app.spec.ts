/** The foundation: a face drawn in the browser, reproducible seeds, bad links, no leaks. */
import type { Page } from '@playwright/test';
import { facePixels, TINY_MODEL, waitForFace } from './appPage';
import { expect, test } from './fixtures';

function face(page: Page) {
  return page.getByRole('img', { name: /generated face/i });
}

test('draws a face for a seed, says how, and draws the same face after a reload', { tag: '@real-model' }, async ({ page, openApp }) => {
  await openApp({ seed: '42' });
  await waitForFace(page);
  await expect(page.getByTestId('backend')).toHaveText('wasm');
  await expect(page.getByTestId('frame-ms')).toHaveText(/^\d+$/);
  const box = await face(page).boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(384);
  const first = await facePixels(page);
  await page.reload();
  await waitForFace(page);
  expect(await facePixels(page)).toBe(first);
  await expect(page.getByRole('textbox', { name: 'Seed', exact: true })).toHaveValue('42');
});

// The first test draws the real model; the ones below are about seeds and links, which the tiny
// model follows the same way in a fraction of the time.
test('New face picks another seed, puts it in the URL, and Back returns to the first face', async ({ page, openApp }) => {
  await openApp({ model: TINY_MODEL, seed: '7' });
  await waitForFace(page);
  const first = await facePixels(page);
  await page.getByRole('button', { name: 'New face' }).click();
  await expect(page).not.toHaveURL(/seed=7\b/);
  await waitForFace(page);
  const seed = new URL(page.url()).searchParams.get('seed');
  await expect(page.getByRole('textbox', { name: 'Seed', exact: true })).toHaveValue(seed!);
  expect(await facePixels(page)).not.toBe(first);
  await page.goBack();
  await expect(page.getByRole('textbox', { name: 'Seed', exact: true })).toHaveValue('7');
  await waitForFace(page);
  expect(await facePixels(page)).toBe(first);
});

test('a typed seed draws that face; a bad one is explained and kept for fixing', async ({ page, openApp }) => {
  await openApp({ model: TINY_MODEL, seed: '1' });
  await waitForFace(page);
  const seed = page.getByRole('textbox', { name: 'Seed', exact: true });
  await seed.fill('12abc');
  await seed.press('Enter');
  await expect(page.getByRole('alert')).toContainText('not a whole number');
  await expect(seed).toHaveValue('12abc');
  await expect(page).toHaveURL(/seed=1\b/);
  await seed.fill('123');
  await seed.press('Enter');
  await expect(page).toHaveURL(/seed=123\b/);
  await waitForFace(page);
});

for (const [query, message] of [
  [{ seed: 'banana' }, /not a whole number.*Showing seed \d+ instead/],
  [{ seed: '-5' }, /negative/],
  [{ seed: '99999999999' }, /larger than 4294967295/],
  // Automatic choice tries software WebGPU first here (minutes on the real model): use the tiny one.
  [{ backend: 'quantum', model: TINY_MODEL }, /"quantum".*unknown.*automatically/],
] as const) {
  test(`a bad link (${JSON.stringify(query)}) gets a notice and still a face`, async ({ page, openApp }) => {
    await openApp({ model: TINY_MODEL, ...query });
    await expect(page.getByRole('status').filter({ hasText: message })).toBeVisible();
    await waitForFace(page);
    expect(new URL(page.url()).searchParams.get('seed')).toMatch(/^\d+$/);
  });
}

test('200 renders leave the tensor count where the first left it', async ({ page, openApp }) => {
  await openApp({ model: TINY_MODEL, seed: '3' });
  await waitForFace(page);
  const counts = await page.evaluate(async () => {
    const hook = window.__faceExplorer!;
    const slider = document.querySelector('input[type=range]') as HTMLInputElement | null;
    const seedInput = document.getElementById('seed-input') as HTMLInputElement;
    const render = async (i: number) => {
      // Alternate between sliders and seeds so both paths run; each render waits to finish.
      if (slider && i % 2) {
        slider.value = String(i % 100);
        slider.dispatchEvent(new Event('input', { bubbles: true }));
      } else {
        seedInput.value = String(1000 + i);
        seedInput.dispatchEvent(new Event('input', { bubbles: true }));
        seedInput.dispatchEvent(new Event('change', { bubbles: true }));
      }
      await new Promise((r) => setTimeout(r, 0));
      await hook.idle();
    };
    await render(0);
    const afterFirst = await hook.tensorCount();
    for (let i = 1; i < 200; i++) await render(i);
    return { afterFirst, after200: await hook.tensorCount() };
  });
  expect(counts.after200).toBe(counts.afterFirst);
});

test('a forced backend that cannot start falls back with a notice', async ({ page, openApp }) => {
  // Without an adapter the app must fall back. The init script reaches the page, not a worker,
  // so the engine runs on the page here; the fallback logic is the same code in both.
  await page.addInitScript(() => Object.defineProperty(navigator, 'gpu', { value: undefined }));
  await openApp({ backend: 'webgpu', model: TINY_MODEL, seed: '5', engine: 'page' });
  await expect(page.getByRole('status').filter({ hasText: /webgpu backend could not start.*using/i })).toBeVisible();
  await waitForFace(page);
  await expect(page.getByTestId('backend')).not.toHaveText('webgpu');
});
