/**
 * Every tfjs backend must draw the same faces as CPU: the tiny model uses the real model's op
 * set, so a kernel that disagrees (or a backend that fails to start) shows up here in seconds.
 * No skipping: if WebGPU or WebGL does not start in this Chromium, that is a failure to look at.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const SEEDS = [0, 1, 2, 3];
const TOLERANCE = 1e-3;
const MODEL_URL = '/__test__/tiny-model/';
const UPSCALER_URL = '/__test__/tiny-model/upscaler/';

function runOn(page: Page, backend: string) {
  return page.evaluate(([b, url, seeds]) => window.agreement!.run(b, url, seeds), [backend, MODEL_URL, SEEDS] as const);
}

function upscaleOn(page: Page, backend: string) {
  return page.evaluate(([b, url, seeds]) => window.agreement!.runUpscaler(b, url, seeds), [backend, UPSCALER_URL, SEEDS] as const);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/__test__/agreement.html');
  await expect(page.locator('#status')).toHaveText('ready');
});

test('cpu draws [N,8,8,3] faces in [0,1]', async ({ page }) => {
  const reference = await runOn(page, 'cpu');
  expect(reference.shape).toEqual([SEEDS.length, 8, 8, 3]);
  expect(Math.min(...reference.values)).toBeGreaterThanOrEqual(0);
  expect(Math.max(...reference.values)).toBeLessThanOrEqual(1);
});

for (const [what, runWith] of [
  ['', runOn],
  [' on the HD upscaler', upscaleOn],
] as const) {
  for (const backend of ['wasm', 'webgl', 'webgpu']) {
    test(`${backend} agrees with cpu${what}`, async ({ page }, testInfo) => {
      const reference = await runWith(page, 'cpu');
      const run = await runWith(page, backend);
      expect(run.backend).toBe(backend);
      expect(run.shape).toEqual(reference.shape);
      const maxDiff = run.values.reduce((m, v, i) => Math.max(m, Math.abs(v - reference.values[i]!)), 0);
      const report = `${run.detail}: max |diff| vs cpu = ${maxDiff.toExponential(2)}`;
      testInfo.annotations.push({ type: 'backend', description: report });
      console.log(`backend agreement${what}: ${report}`);
      expect(maxDiff).toBeLessThan(TOLERANCE);
    });
  }
}

test('the tiny upscaler on cpu: ×4 in [0,1], not a constant', async ({ page }) => {
  const run = await upscaleOn(page, 'cpu');
  expect(run.shape).toEqual([SEEDS.length, 32, 32, 3]);
  expect(Math.min(...run.values)).toBeGreaterThanOrEqual(0);
  expect(Math.max(...run.values)).toBeLessThanOrEqual(1);
  expect(Math.max(...run.values) - Math.min(...run.values)).toBeGreaterThan(0.05);
});
