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

function runOn(page: Page, backend: string) {
  return page.evaluate(([b, url, seeds]) => window.agreement!.run(b, url, seeds), [backend, MODEL_URL, SEEDS] as const);
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

for (const backend of ['wasm', 'webgl', 'webgpu']) {
  test(`${backend} agrees with cpu`, async ({ page }, testInfo) => {
    const reference = await runOn(page, 'cpu');
    const run = await runOn(page, backend);
    expect(run.backend).toBe(backend);
    expect(run.shape).toEqual(reference.shape);
    const maxDiff = run.values.reduce((m, v, i) => Math.max(m, Math.abs(v - reference.values[i]!)), 0);
    const report = `${run.detail}: max |diff| vs cpu = ${maxDiff.toExponential(2)}`;
    testInfo.annotations.push({ type: 'backend', description: report });
    console.log(`backend agreement: ${report}`);
    expect(maxDiff).toBeLessThan(TOLERANCE);
  });
}
