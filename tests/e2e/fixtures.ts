/**
 * The e2e `test`: every test fails on a console error, an uncaught page error, or a request to
 * anything but localhost (the site must work offline once served and never phone home).
 *
 *   import { test, expect } from './fixtures';
 *   test.use({ allowedConsoleErrors: [/404/] });      // a test that injects a 404 expects the log
 *   await faults.inject({ kind: 'corrupt', file: 'group1-shard3of11.bin' });
 */
import { test as base, expect, type ConsoleMessage } from '@playwright/test';
import type { BackendName } from '../../src/core/backends';
import { FAULT_COOKIE, formatFaultList, type FaultKind } from '../../scripts/testing/faults';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface FaultControl {
  /** Spoils the named files for this browser context until `clear` (a cookie, so parallel tests stay apart). */
  inject(...faults: { kind: FaultKind; file: string }[]): Promise<void>;
  clear(): Promise<void>;
}

interface Options {
  /** Console errors this test expects; Chromium logs one for every failed resource load. */
  allowedConsoleErrors: RegExp[];
  /** The backend real-model tests ask the app for: WASM, as software WebGL/WebGPU take 25-70 s a face. */
  backend: BackendName;
}

interface Fixtures {
  faults: FaultControl;
  /**
   * Opens the app at the base URL with `?backend=<backend>&hd=0` and any other query parameters.
   * HD is off unless a test passes `hd` itself: on WASM every rest would otherwise cost an
   * upscaler pass (a fifth of a face) that only the HD specs look at. Faces are not prepared
   * ahead unless a test passes `prepare: '1'`: on the real model that idle work would compete
   * with what each test times and measures.
   */
  openApp: (query?: Record<string, string>) => Promise<void>;
  guardBrowser: void;
}

function describe(message: ConsoleMessage): string {
  const { url, lineNumber } = message.location();
  return `${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`;
}

/** Tests that draw the real model (seconds a face on WASM); the fast loop leaves them out. */
export const REAL_MODEL_TAG = '@real-model';

export const test = base.extend<Options & Fixtures>({
  allowedConsoleErrors: [[], { option: true }],
  backend: ['wasm', { option: true }],

  guardBrowser: [
    async ({ context, page, allowedConsoleErrors }, use) => {
      const problems: string[] = [];
      const onConsole = (message: ConsoleMessage) => {
        if (message.type() !== 'error') return;
        const text = describe(message);
        if (!allowedConsoleErrors.some((pattern) => pattern.test(text))) problems.push(`console error: ${text}`);
      };
      context.on('console', onConsole);
      page.on('worker', (worker) => worker.on('console', onConsole));
      page.on('pageerror', (error) => problems.push(`page error: ${error.stack ?? error.message}`));
      await context.route(
        (url) => (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:') && !LOCAL_HOSTS.has(url.hostname),
        async (route) => {
          problems.push(`request to another origin: ${route.request().url()}`);
          await route.abort('blockedbyclient');
        },
      );
      await use();
      expect([...new Set(problems)], 'console errors, page errors or off-site requests').toEqual([]);
    },
    { auto: true },
  ],

  faults: async ({ context, baseURL }, use) => {
    const origin = new URL(baseURL ?? 'http://localhost:4173/').origin;
    await use({
      async inject(...faults) {
        await context.addCookies([{ name: FAULT_COOKIE, value: encodeURIComponent(formatFaultList(faults)), url: origin }]);
      },
      async clear() {
        await context.clearCookies({ name: FAULT_COOKIE });
      },
    });
  },

  openApp: async ({ page, backend }, use, testInfo) => {
    await use(async (query = {}) => {
      // `npm run test:fast` leaves out tests tagged @real-model: one that draws it must say so.
      if (!query['model'] && !testInfo.tags.includes(REAL_MODEL_TAG)) {
        throw new Error(`this test opens the real model: tag it ${REAL_MODEL_TAG} (or open a tiny model)`);
      }
      await page.goto(`./?${new URLSearchParams({ backend, hd: '0', prepare: '0', ...query })}`);
    });
  },
});

export { expect };
