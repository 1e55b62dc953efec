/**
 * Every core on WASM: the site is cross-origin isolated (headers from the server, or from the
 * service worker where the host sends none), so the engine's WASM backend can run tfjs's threaded
 * build on every core, and says how many threads it has.
 */
import type { Page } from '@playwright/test';
import { NOT_ISOLATED_COOKIE } from '../../scripts/build/serve-static';
import { MAX_WASM_THREADS } from '../../src/core/wasmThreads';
import { TINY_MODEL, waitForFace } from './appPage';
import { expect, test } from './fixtures';

/** What the engine should choose here: every core the browser reports, up to tfjs's pool. */
const everyCore = (page: Page) => page.evaluate((max) => Math.min(max, Math.max(1, navigator.hardwareConcurrency || 1)), MAX_WASM_THREADS);

const threadsText = (n: number) => `on ${n} ${n === 1 ? 'thread' : 'threads'}`;

test('the page is cross-origin isolated and WASM draws on every core, in the engine’s worker', async ({ page, openApp }) => {
  await openApp({ backend: 'wasm', model: TINY_MODEL, seed: '3' });
  await waitForFace(page);
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  await expect(page.getByTestId('backend')).toHaveText('wasm');
  const threads = await everyCore(page);
  await expect(page.getByTestId('wasm-threads')).toHaveText(threadsText(threads));
  // One thread says why; threads need no reason.
  if (threads > 1) await expect(page.getByTestId('wasm-threads-why')).toHaveCount(0);
  else await expect(page.getByTestId('wasm-threads-why')).toHaveText('(one thread because this device reports one core)');
});

test('the threaded build draws in the engine’s worker, its threads nested workers there', async ({ page, openApp }) => {
  await openApp({ backend: 'wasm', model: TINY_MODEL, seed: '3', threads: '2' });
  await waitForFace(page);
  // Past tfjs's cap at half the reported cores (wasmPaths.ts), and its thread workers started.
  await expect(page.getByTestId('wasm-threads')).toHaveText(threadsText(2));
  expect(page.workers().filter((w) => w.url().startsWith('blob:')).length).toBeGreaterThan(0);
  // The engine's worker sees its real core count again once the backend has started.
  const engineWorker = page.workers().find((w) => w.url().includes('engine.worker'))!;
  expect(await engineWorker.evaluate(() => navigator.hardwareConcurrency)).toBe(await page.evaluate(() => navigator.hardwareConcurrency));
});

test('a link’s thread count is used; on the page WASM runs one thread and says why', async ({ page, openApp }) => {
  await openApp({ backend: 'wasm', model: TINY_MODEL, seed: '3', threads: '1' });
  await waitForFace(page);
  await expect(page.getByTestId('wasm-threads')).toHaveText(threadsText(1));
  await expect(page.getByTestId('wasm-threads-why')).toHaveCount(0);

  await openApp({ backend: 'wasm', model: TINY_MODEL, seed: '3', engine: 'page' });
  await waitForFace(page);
  await expect(page.getByTestId('wasm-threads')).toHaveText(threadsText(1));
  await expect(page.getByTestId('wasm-threads-why')).toHaveText('(one thread because threads need the engine’s worker)');
});

test('no thread count on other backends', async ({ page, openApp }) => {
  await openApp({ backend: 'cpu', model: TINY_MODEL, seed: '3' });
  await waitForFace(page);
  await expect(page.getByTestId('wasm-threads')).toHaveCount(0);
});

test('a host that sends no headers: the service worker isolates the page from the next load on, without reloading it', async ({
  page,
  context,
  baseURL,
  openApp,
}) => {
  await context.addCookies([{ name: NOT_ISOLATED_COOKIE, value: '1', url: new URL(baseURL!).origin }]);
  // Page loads, not framenavigated: the app's history.replaceState counts as a navigation there.
  let loads = 0;
  page.on('load', () => loads++);
  // threads=2: on this 2-core machine the default is one thread, which would not tell.
  await openApp({ backend: 'wasm', model: TINY_MODEL, seed: '4', threads: '2' });
  await waitForFace(page);
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
  await expect(page.getByTestId('wasm-threads')).toHaveText(threadsText(1));
  await expect(page.getByTestId('wasm-threads-why')).toHaveText('(one thread because the page is not cross-origin isolated)');
  // Registered once the first face is on screen; it does not reload the page itself.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
  expect(loads).toBe(1);

  await page.reload();
  await waitForFace(page);
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  await expect(page.getByTestId('wasm-threads')).toHaveText(threadsText(2));
  await page.waitForTimeout(2_000);
  expect(loads, 'the reload only: no reload loop').toBe(2);
});
