/**
 * Every recovery path brings the whole app back with the user's state. Each fault is injected,
 * the user is shown a named, plain-words message (never a blank page or a silent wrong face),
 * the fault is removed, and after Retry or a reload the app must match a clean load of the same
 * link: face pixels, slider values, locks and mode. The fault table in docs/architecture.md lists the same rows.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { SERVED_MODEL_FOLDER, type ModelManifest } from '../../src/core/manifest';
import { facePixels, TINY_MODEL, TINY_MODEL_64, waitForFace } from './appPage';
import { expect, test, type FaultControl } from './fixtures';

/** A link with a non-default slider, a lock and a mode, so anything dropped shows. */
const LINK = { seed: '4', smiling: '80', lock: 'male', mode: 'presenter' };
const TINY_LINK = { ...LINK, model: TINY_MODEL };

interface AppState {
  pixels: string;
  sliders: [string, string][];
  locks: string[];
  mode: string | null;
  url: Record<string, string>;
}

async function appState(page: Page): Promise<AppState> {
  const params = Object.fromEntries(new URL(page.url()).searchParams);
  delete params['backend'];
  return {
    pixels: await facePixels(page),
    sliders: await page
      .locator('input[type=range]')
      .evaluateAll((els) => els.map((e) => [e.id, (e as HTMLInputElement).value] as [string, string])),
    locks: await page
      .locator('input[type=checkbox][aria-label^="Lock "]:checked')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')!)),
    mode: params['mode'] ?? null,
    url: params,
  };
}

let cleanTiny: AppState | null = null;

async function cleanTinyState(page: Page, openApp: (q?: Record<string, string>) => Promise<void>): Promise<AppState> {
  if (!cleanTiny) {
    await openApp(TINY_LINK);
    await waitForFace(page);
    cleanTiny = await appState(page);
    expect(cleanTiny.sliders).toContainEqual(['slider-smiling', '80']);
    expect(cleanTiny.locks).toEqual(['Lock Male']);
  }
  return cleanTiny;
}

interface ModelFault {
  name: string;
  fault: Parameters<FaultControl['inject']>[0];
  /** What the error view must say, beside the file's name. */
  says: RegExp;
  console?: RegExp[];
}

const MODEL_FILE_FAULTS: ModelFault[] = [
  { name: 'corrupt shard', fault: { kind: 'corrupt', file: 'tiny-model/group1-shard1of1.bin' }, says: /checksum mismatch/ },
  { name: 'missing shard (404)', fault: { kind: '404', file: 'tiny-model/group1-shard1of1.bin' }, says: /HTTP 404/, console: [/404/] },
  {
    name: 'connection dropped mid-download',
    fault: { kind: 'drop', file: 'tiny-model/group1-shard1of1.bin' },
    says: /fetch|network|expected \d+ bytes/i,
    console: [/ERR_|Failed to load/],
  },
  { name: 'model.json corrupt', fault: { kind: 'corrupt', file: 'tiny-model/model.json' }, says: /checksum mismatch|not valid JSON/ },
];

for (const { name, fault, says, console: consoleErrors = [] } of MODEL_FILE_FAULTS) {
  test.describe(name, () => {
    test.use({ allowedConsoleErrors: consoleErrors });

    test(`${name}: the file is named, and Retry brings back a clean load's state`, async ({ page, openApp, faults }) => {
      const clean = await cleanTinyState(page, openApp);
      await faults.inject(fault);
      await openApp(TINY_LINK);
      const file = fault.file.split('/').pop()!;
      await expect(page.getByTestId('error-file')).toHaveText(file);
      await expect(page.getByRole('alert')).toContainText(says);
      // The failure keeps the link as it was.
      expect(new URL(page.url()).searchParams.get('smiling')).toBe('80');
      await faults.clear();
      await page.getByRole('button', { name: 'Retry' }).click();
      await waitForFace(page);
      expect(await appState(page)).toEqual(clean);
    });
  });
}

const DIRECTIONS_FAULTS: { name: string; inject: (page: Page, faults: FaultControl) => Promise<void>; says: RegExp; console?: RegExp[] }[] =
  [
    {
      name: 'directions.json missing',
      inject: (_, f) => f.inject({ kind: '404', file: 'tiny-model/directions.json' }),
      says: /HTTP 404/,
      console: [/404/],
    },
    {
      name: 'directions.json corrupt',
      inject: (_, f) => f.inject({ kind: 'corrupt', file: 'tiny-model/directions.json' }),
      says: /could not be read/,
    },
    {
      name: 'directions.json for another latent size',
      inject: async (page) => {
        await page.route('**/tiny-model/directions.json', async (route) => {
          const json = await (await route.fetch()).json();
          await route.fulfill({ json: { ...json, latentSize: 512 } });
        });
      },
      says: /latent size|512/,
    },
  ];

for (const { name, inject, says, console: consoleErrors = [] } of DIRECTIONS_FAULTS) {
  test.describe(name, () => {
    test.use({ allowedConsoleErrors: consoleErrors });

    test(`${name}: a notice, the face still drawn, and a reload brings the sliders back`, async ({ page, openApp, faults }) => {
      const clean = await cleanTinyState(page, openApp);
      await inject(page, faults);
      await openApp(TINY_LINK);
      await waitForFace(page);
      await expect(page.getByRole('status').filter({ hasText: /Attribute sliders are unavailable/ })).toContainText(says);
      expect(await facePixels(page)).not.toBe('data:,');
      // The link keeps the sliders and locks the app could not apply.
      expect(new URL(page.url()).searchParams.get('smiling')).toBe('80');
      expect(new URL(page.url()).searchParams.get('lock')).toBe('male');
      await faults.clear();
      await page.unrouteAll();
      await page.reload();
      await waitForFace(page);
      expect(await appState(page)).toEqual(clean);
    });
  });
}

for (const [backend, lost, next] of [
  ['webgl', /WebGL context was lost.*now drawn with wasm/, 'wasm'],
  ['webgpu', /WebGPU device was lost.*now drawn with webgl/, 'webgl'],
] as const) {
  test(`${backend} lost mid-use: a notice, drawing moves to ${next}, and the state is a clean load's`, async ({ page, openApp }) => {
    const clean = await cleanTinyState(page, openApp);
    await openApp({ ...TINY_LINK, backend });
    await waitForFace(page);
    await expect(page.getByTestId('backend')).toHaveText(backend);
    expect(await page.evaluate(() => window.__faceExplorer!.loseGpu())).toBe(true);
    await expect(page.getByRole('status').filter({ hasText: lost })).toBeVisible();
    await expect(page.getByTestId('backend')).toHaveText(next);
    await waitForFace(page);
    expect(await appState(page)).toEqual({ ...clean, url: { ...clean.url } });
  });
}

test('a sweep result survives a lost GPU and its recovery', async ({ page, openApp }) => {
  await openApp({ ...TINY_LINK, mode: 'explore', backend: 'webgl' });
  await waitForFace(page);
  const form = page.getByRole('form', { name: 'Sweep settings' });
  await form.getByLabel('faces').fill('2');
  await form.getByLabel('steps').fill('3');
  await form.getByRole('button', { name: 'Run sweep' }).click();
  const status = page.locator('.progress [role=status]');
  await expect(status).toHaveText('Done: 6 faces measured.', { timeout: 120_000 });
  const sheet = page.getByRole('img', { name: /^Seed \d+, Smiling (0|50|100)/ });
  await expect(sheet).toHaveCount(6);
  const link = page.url();

  expect(await page.evaluate(() => window.__faceExplorer!.loseGpu())).toBe(true);
  await expect(page.getByTestId('backend')).toHaveText('wasm');
  await waitForFace(page);
  await expect(status).toHaveText('Done: 6 faces measured.');
  await expect(sheet).toHaveCount(6);
  expect(page.url()).toBe(link);
});

test.describe('the engine worker dies', () => {
  test.use({ allowedConsoleErrors: [/engine crash injected by a test/] });

  test('a notice, the engine restarts on the page, and the state is a clean load’s', async ({ page, openApp }) => {
    const clean = await cleanTinyState(page, openApp);
    await openApp(TINY_LINK);
    await waitForFace(page);
    await page.evaluate(() => window.__faceExplorer!.crashEngine());
    await expect(page.getByRole('status').filter({ hasText: /worker stopped.*drawn on the page/ })).toBeVisible();
    await expect(page.getByTestId('engine-thread')).toHaveText(/on the page/);
    await waitForFace(page);
    expect(await appState(page)).toEqual(clean);
  });
});

test.describe('face-api weights missing', { tag: '@real-model' }, () => {
  test.use({ allowedConsoleErrors: [/404/] });
  // Real face-api, loaded on WASM: slow on a busy machine.
  test.describe.configure({ timeout: 420_000 });

  test('measuring is unavailable with the file named, the rest works, and a reload measures again', async ({ page, openApp, faults }) => {
    await faults.inject({ kind: '404', file: 'face-api/age_gender_model.bin' });
    // The explorer: presenter mode shows its own readings table instead of this region. The
    // tiny model's 64 px faces are measured by the real face-api like the real model's.
    await openApp({ ...LINK, model: TINY_MODEL_64, mode: 'explore' });
    await waitForFace(page);
    const readout = page.getByRole('region', { name: 'Measured in this face' });
    await expect(readout).toContainText(/Measuring is unavailable.*age_gender_model\.bin/, { timeout: 90_000 });
    const during = await appState(page);
    expect(during.sliders).toContainEqual(['slider-smiling', '80']);
    await faults.clear();
    await page.reload();
    await waitForFace(page);
    await expect(readout).toContainText('Measured for the face shown', { timeout: 120_000 });
    expect(await appState(page)).toEqual(during);
  });
});

test.describe('real model', { tag: '@real-model' }, () => {
  // Real-model loads on WASM: slow on a busy machine.
  test.describe.configure({ timeout: 420_000 });

  const manifest = JSON.parse(readFileSync(`${SERVED_MODEL_FOLDER}manifest.json`, 'utf8')) as ModelManifest;
  const keptFiles = (page: Page) =>
    page.evaluate(async () => {
      const name = (await caches.keys()).find((n) => n.startsWith('face-explorer-weights-'));
      return name ? (await (await caches.open(name)).keys()).length : 0;
    });

  test('storage full while keeping the weights: a notice, the face drawn, and offline caching once there is room', async ({
    page,
    openApp,
    baseURL,
  }) => {
    const cdp = await page.context().newCDPSession(page);
    const origin = new URL(baseURL!).origin;
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1024 * 1024 });
    await openApp(LINK);
    await waitForFace(page);
    await expect(page.getByRole('status').filter({ hasText: /could not be kept for offline use.*storage.*full/ })).toBeVisible({
      timeout: 60_000,
    });
    const during = await appState(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await page.reload();
    await waitForFace(page);
    await expect.poll(() => keptFiles(page), { timeout: 60_000 }).toBe(manifest.shards.length + 2);
    expect(await appState(page)).toEqual(during);
  });

  test('a service worker holding an older copy of a shard: named, and Retry fetches the server’s', async ({ page, openApp }) => {
    await openApp(LINK);
    // The service worker is registered once the first face is on screen.
    await waitForFace(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    await expect.poll(() => keptFiles(page), { timeout: 60_000 }).toBe(manifest.shards.length + 2);
    const before = await appState(page);
    const shard = manifest.shards[2]!.path;
    // What an older model version would leave behind: same name, other bytes.
    await page.evaluate(
      async ({ shard, bytes, folder }) => {
        const name = (await caches.keys()).find((n) => n.startsWith('face-explorer-weights-'))!;
        const cache = await caches.open(name);
        const url = new URL(`${folder}${shard}`, location.href);
        await cache.put(url, new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'application/octet-stream' } }));
      },
      { shard, bytes: manifest.shards[2]!.bytes, folder: SERVED_MODEL_FOLDER },
    );
    await page.reload();
    await expect(page.getByTestId('error-file')).toHaveText(shard, { timeout: 60_000 });
    await page.getByRole('button', { name: 'Retry' }).click();
    await waitForFace(page);
    expect(await appState(page)).toEqual(before);
  });
});
