/**
 * Nothing the first face does not need is fetched before it: face-api's weights, the bias
 * tools' chunks and the service worker's precache come after it, and then still work. And a
 * shard of the served (entropy-coded) weights that arrives corrupt is named in the error view.
 */
import { readFileSync } from 'node:fs';
import { SERVED_MODEL_FOLDER, type ModelManifest } from '../../src/core/manifest';
import { waitForFace } from './appPage';
import { expect, test } from './fixtures';

test(
  'face-api and the service worker load only after the first face, and the readout then measures',
  { tag: '@real-model' },
  async ({ page, openApp }) => {
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
  },
);

test('a corrupt shard of the served weights is named in the error view', { tag: '@real-model' }, async ({ page, openApp, faults }) => {
  const manifest = JSON.parse(readFileSync(`${SERVED_MODEL_FOLDER}manifest.json`, 'utf8')) as ModelManifest;
  expect(manifest.storage).toBe('entropy-coded');
  const shard = manifest.shards[1]!.path;
  await faults.inject({ kind: 'corrupt', file: `${manifest.storage}/${shard}` });
  await openApp({ seed: '3' });
  await expect(page.getByTestId('error-file')).toHaveText(shard, { timeout: 60_000 });
  await expect(page.getByRole('alert')).toContainText(/checksum mismatch/);
});
