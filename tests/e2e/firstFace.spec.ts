/**
 * Nothing the first face does not need is fetched before it: face-api's weights, the bias
 * tools' chunks and the service worker's precache come after it, and then still work. And a
 * shard of the mixed-precision storage that arrives corrupt is named in the error view.
 */
import { readFileSync } from 'node:fs';
import type { ModelManifest } from '../../src/core/manifest';
import { waitForFace } from './appPage';
import { expect, test } from './fixtures';

test('face-api and the service worker load only after the first face, and the readout then measures', async ({ page, openApp }) => {
  // The real model on WASM: the tiny model's faces are too small for the classifiers.
  test.setTimeout(300_000);
  const requests: { url: string; at: number }[] = [];
  page.context().on('request', (request) => requests.push({ url: request.url(), at: Date.now() }));
  await openApp({ seed: '7' });
  await waitForFace(page);
  const readout = page.getByRole('region', { name: 'Measured in this face' });
  await expect(readout).toHaveAttribute('data-freshness', 'fresh', { timeout: 120_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
  const firstFaceAt = await page.evaluate(() => performance.timeOrigin + window.__faceExplorer!.firstFrameAt()!);
  const late = requests.filter((r) => /\/models\/face-api\/|\/sw\.js$/.test(r.url));
  expect(late.map((r) => r.url)).toEqual(
    expect.arrayContaining([expect.stringMatching(/face-api\/.*\.bin$/), expect.stringMatching(/sw\.js$/)]),
  );
  for (const r of late) expect(r.at, `${r.url} was requested before the first face`).toBeGreaterThanOrEqual(firstFaceAt);
});

test.describe('a corrupt shard of the mixed storage', () => {
  const manifest = JSON.parse(readFileSync('models/progan-128/mixed/manifest.json', 'utf8')) as ModelManifest;
  const shard = manifest.shards[1]!.path;
  // A model given in the link brings its own directions; this folder has none.
  test.use({ allowedConsoleErrors: [/404/] });

  test('is named in the error view', async ({ page, openApp, faults }) => {
    await faults.inject({ kind: 'corrupt', file: `mixed/${shard}` });
    await openApp({ seed: '3', model: 'models/progan-128/mixed' });
    await expect(page.getByTestId('error-file')).toHaveText(shard, { timeout: 60_000 });
    await expect(page.getByRole('alert')).toContainText(/checksum mismatch/);
  });
});
