/**
 * After one visit the site works offline: the service worker precaches the app shell and
 * keeps the weights the page verified, in a cache named after their checksums.
 */
import { readFileSync } from 'node:fs';
import type { ModelManifest } from '../../src/core/manifest';
import { expect, test } from './fixtures';

const manifest = JSON.parse(readFileSync('models/progan-128/float16/manifest.json', 'utf8')) as ModelManifest;
const upscaler = JSON.parse(readFileSync('models/upscaler-x4/manifest.json', 'utf8')) as ModelManifest;
// + model.json and manifest.json each; the HD pass's upscaler is kept in a cache of its own.
const WEIGHT_FILES = manifest.shards.length + 2 + upscaler.shards.length + 2;

test('a second visit draws the face with the network gone', async ({ page, context, openApp }) => {
  // Two real-model loads on WASM: slow on a busy machine.
  test.setTimeout(360_000);
  await openApp({ seed: '7' });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
  const face = page.locator('canvas.face');
  await expect(face).toHaveAttribute('aria-busy', 'false', { timeout: 90_000 });
  const keptFiles = () =>
    page.evaluate(async () => {
      const names = (await caches.keys()).filter((n) => n.startsWith('face-explorer-weights-'));
      const counts = await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).length));
      return counts.reduce((a, b) => a + b, 0);
    });
  await expect.poll(keptFiles, { timeout: 30_000 }).toBe(WEIGHT_FILES);

  await context.setOffline(true);
  const fromNetwork: string[] = [];
  page.on('response', (response) => {
    if (!response.fromServiceWorker() && !response.url().startsWith('data:')) fromNetwork.push(response.url());
  });
  await page.reload();
  await expect(page.getByTestId('backend')).toHaveText('wasm', { timeout: 60_000 });
  await expect(face).toHaveAttribute('aria-busy', 'false', { timeout: 90_000 });
  await expect(face).toHaveAttribute('aria-label', /seed 7\b/);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(fromNetwork, 'responses that did not come from the service worker').toEqual([]);
});
