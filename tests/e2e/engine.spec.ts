/**
 * The engine off the main thread: the page answers while a face is computed, the in-page
 * fallback draws the same pixels, and a software GPU is never chosen by accident.
 */
import { facePixels, TINY_MODEL, waitForFace } from './appPage';
import { expect, test } from './fixtures';

test('while a real WASM face is computed, timers run and a slider moves by keyboard', { tag: '@real-model' }, async ({ page, openApp }) => {
  await openApp({ seed: '21' });
  await waitForFace(page);
  await expect(page.getByTestId('engine-thread')).toHaveText(/worker/);
  const smiling = page.getByRole('slider', { name: 'Smiling', exact: true });
  const young = page.getByRole('slider', { name: 'Young', exact: true });
  await page.evaluate(() => {
    const counter = { ticks: 0 };
    (window as unknown as { __ticks: typeof counter }).__ticks = counter;
    setInterval(() => counter.ticks++, 10);
  });
  // A new face for the Smiling slider: about two seconds of WASM inference in the worker.
  await smiling.focus();
  await page.keyboard.press('End');
  await expect(page.locator('canvas.face')).toHaveAttribute('aria-busy', 'true');
  const ticksAtStart = await page.evaluate(() => (window as unknown as { __ticks: { ticks: number } }).__ticks.ticks);
  await young.focus();
  await page.keyboard.press('ArrowRight');
  await expect(young).toHaveValue('51');
  await page.waitForTimeout(300);
  const during = await page.evaluate(() => ({
    ticks: (window as unknown as { __ticks: { ticks: number } }).__ticks.ticks,
    busy: document.querySelector('canvas.face')!.getAttribute('aria-busy'),
  }));
  // Still computing, and the page kept its timers going: ~30 ticks in 300 ms, not none.
  expect(during.busy).toBe('true');
  expect(during.ticks - ticksAtStart).toBeGreaterThan(10);
  await waitForFace(page);
});

test('the engine on the page (the fallback) draws the same pixels as the worker', async ({ page, openApp }) => {
  await openApp({ model: TINY_MODEL, seed: '31', smiling: '70', engine: 'worker' });
  await waitForFace(page);
  const fromWorker = await facePixels(page);
  await openApp({ model: TINY_MODEL, seed: '31', smiling: '70', engine: 'page' });
  await waitForFace(page);
  await expect(page.getByTestId('engine-thread')).toHaveText(/on the page/);
  expect(await facePixels(page)).toBe(fromWorker);
});

test('with no backend asked for, SwiftShader WebGPU and WebGL rank below WASM, and the status says why', async ({ page }) => {
  await page.goto(`./?${new URLSearchParams({ model: TINY_MODEL, seed: '5' })}`);
  await waitForFace(page);
  await expect(page.getByTestId('backend')).toHaveText('wasm');
  await expect(page.getByTestId('backend-why')).toHaveText(/software GPU detected.*swiftshader.*using wasm/i);
  // Asking for it still gets it.
  await page.goto(`./?${new URLSearchParams({ model: TINY_MODEL, seed: '5', backend: 'webgl' })}`);
  await waitForFace(page);
  await expect(page.getByTestId('backend')).toHaveText('webgl');
});
