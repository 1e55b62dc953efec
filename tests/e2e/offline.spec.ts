/**
 * After one visit the site works offline: the service worker precaches the app shell and
 * keeps the weights the page verified, under content-hashed names, in a cache named after their
 * checksums; an older version's cache is dropped.
 */
import { readFileSync } from 'node:fs';
import { SERVED_MODEL_FOLDER, type ModelManifest } from '../../src/core/manifest';
import { expect, test } from './fixtures';

const manifest = JSON.parse(readFileSync(`${SERVED_MODEL_FOLDER}manifest.json`, 'utf8')) as ModelManifest;
// The HD pass's upscaler is kept too, in a cache of its own.
const upscaler = JSON.parse(readFileSync('models/upscaler-x4/manifest.json', 'utf8')) as ModelManifest;
const servedFiles = (m: ModelManifest) => ['manifest.json', m.modelJson.path, ...m.shards.map((s) => s.path)];

test('a second visit draws the face with the network gone', { tag: '@real-model' }, async ({ page, context, openApp }) => {
  // Two real-model loads on WASM: slow on a busy machine.
  test.setTimeout(360_000);
  // HD on: the upscaler is one of the files the second visit must find offline.
  await openApp({ seed: '7', hd: '1' });
  // What an earlier model version left: its cache must go when this version's worker activates.
  await page.evaluate(async () => {
    const stale = await caches.open('face-explorer-weights-0123456789abcdef');
    await stale.put(new URL('models/progan-128/float16/group1-shard1of11.bin', location.href), new Response('old'));
  });
  const face = page.locator('canvas.face');
  await expect(face).toHaveAttribute('aria-busy', 'false', { timeout: 90_000 });
  // Registered once the first face is on screen.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
  const keptFiles = () =>
    page.evaluate(async () => {
      const names = (await caches.keys()).filter((n) => n.startsWith('face-explorer-weights-'));
      const perCache = await Promise.all(
        names.map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url.slice(r.url.lastIndexOf('/') + 1))),
      );
      return { caches: names.length, files: perCache.flat().sort() };
    });
  // Shards are kept under their content-hashed names, and only this version's two caches are left.
  const served = [...servedFiles(manifest), ...servedFiles(upscaler)].sort();
  await expect.poll(keptFiles, { timeout: 60_000 }).toEqual({ caches: 2, files: served });
  expect([...manifest.shards, ...upscaler.shards].every((s) => s.path.includes(s.sha256.slice(0, 16)))).toBe(true);

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
