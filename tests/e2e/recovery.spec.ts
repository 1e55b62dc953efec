/**
 * A lost GPU (driver reset, too many contexts) must not cost the user their face: the engine
 * moves to the next backend, says so, and redraws the same state.
 */
import { TINY_MODEL, faceOf, waitForFace } from './appPage';
import { expect, test } from './fixtures';

/** True when the main canvas shows something (WASM and CPU draw through a 2D context). */
const canvasHasPixels = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector('canvas.face') as HTMLCanvasElement;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    return pixels.some((v, i) => i % 4 === 3 && v > 0);
  });

test('a lost WebGL context moves drawing to WASM and redraws the same face', async ({ page, openApp }) => {
  await openApp({ backend: 'webgl', model: TINY_MODEL, seed: '11' });
  await waitForFace(page);
  await expect(page.getByTestId('backend')).toHaveText('webgl');

  expect(await page.evaluate(() => window.__faceExplorer!.loseGpu())).toBe(true);

  await expect(page.getByRole('status').filter({ hasText: /WebGL context was lost.*now drawn with wasm/ })).toBeVisible();
  await expect(page.getByTestId('backend')).toHaveText('wasm');
  await waitForFace(page);
  expect(await canvasHasPixels(page)).toBe(true);
  await expect(faceOf(page)).toHaveAttribute('aria-label', /seed 11\b/);
  await expect(page.getByRole('textbox', { name: 'Seed', exact: true })).toHaveValue('11');
  await expect(page).toHaveURL(/seed=11\b/);
});

// In the gallery the main canvas is hidden: headless Chromium's SwiftShader loses the WebGPU
// device by itself as soon as it composites a WebGPU canvas, which would pre-empt this test.
test('a lost WebGPU device moves drawing to WebGL', async ({ page, openApp }) => {
  await openApp({ backend: 'webgpu', model: TINY_MODEL, seed: '12', mode: 'gallery' });
  await waitForFace(page);
  await expect(page.getByTestId('backend')).toHaveText('webgpu');

  expect(await page.evaluate(() => window.__faceExplorer!.loseGpu())).toBe(true);

  await expect(page.getByRole('status').filter({ hasText: /WebGPU device was lost.*now drawn with webgl/ })).toBeVisible();
  await expect(page.getByTestId('backend')).toHaveText('webgl');
  await waitForFace(page);
  await expect(page.getByRole('textbox', { name: 'Seed', exact: true })).toHaveValue('12');
});
