/**
 * The one browser driver for scripts (benchmarks, the README's screenshot): serves a built folder
 * on http://localhost with build/serve-static.ts (a secure context, so WebGPU may start),
 * launches Debian's Chromium with chromium.ts's flags, opens pages on it and closes everything.
 *
 *   await withBrowser({ root: 'dist-e2e', log }, async (session) => {
 *     const page = await session.openApp({ query: { seed: '1', backend: 'wasm' } });
 *     …
 *   });
 *
 * The e2e tests launch the same way through playwright.config.ts (chromiumLaunchOptions).
 */
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../build/serve-static';
import { chromiumLaunchOptions } from './chromium';

const REPO = resolve(import.meta.dirname, '../..');

export interface BrowserSessionOptions {
  /** The built site to serve; default dist-e2e/ (npm run build:e2e, with the test hooks). */
  root?: string;
  /** Fail at once when root has no index.html; default true. Off for pages under /__test__/ only. */
  needsBuild?: boolean;
  /** SwiftShader's software WebGL and WebGPU; default true. */
  softwareGpu?: boolean;
  /** The server's port; default 0, a free one. */
  port?: number;
  /** Where page errors and the server's notes go; default nowhere. */
  log?: (line: string) => void;
}

export interface OpenOptions {
  /** The page's context; default a fresh one (a first visit: nothing cached, no service worker). */
  context?: BrowserContext;
  /** Runs once the page exists, before it navigates: exposeFunction, a CDP session, listeners. */
  beforeGoto?: (page: Page) => Promise<void>;
}

/**
 * What openApp waits for: 'navigated' (the load event only), 'first-face' (the first face is on
 * the canvas; an error alert instead throws), or 'controls' (a slider is enabled and the engine
 * idle). The last two need the instrumented build's window.__faceExplorer.
 */
export type AppReady = 'navigated' | 'first-face' | 'controls';

export interface AppOptions extends OpenOptions {
  /** Link parameters, e.g. { seed: '1', backend: 'wasm' }. */
  query?: Record<string, string>;
  /** Default 'controls'. */
  ready?: AppReady;
  /** The slider 'controls' waits for; default smiling. */
  slider?: string;
  /** Default 600 s: software WebGPU can take minutes for a first face. */
  timeoutMs?: number;
}

export interface BrowserSession {
  readonly browser: Browser;
  readonly server: StaticServer;
  /** Chromium's version, for result tables. */
  readonly version: string;
  /** The app's page with these link parameters. */
  appUrl(query?: Record<string, string>): string;
  /** A new page at a URL, or a path on the server (e.g. /__test__/bench.html); page errors are logged. */
  open(urlOrPath: string, options?: OpenOptions): Promise<Page>;
  /** A new page on the app, once it is as ready as asked. */
  openApp(options?: AppOptions): Promise<Page>;
  /** Closes the browser, then the server. */
  close(): Promise<void>;
}

/** Runs in the page: the first face is drawn, or the app reported an error. */
const firstFaceOrError = () => window.__faceExplorer?.firstFrameAt() != null || document.querySelector('.error[role=alert]') !== null;

export async function startBrowser(options: BrowserSessionOptions = {}): Promise<BrowserSession> {
  const root = resolve(options.root ?? join(REPO, 'dist-e2e'));
  if (options.needsBuild !== false && !existsSync(join(root, 'index.html'))) {
    throw new Error(`${root}/index.html is missing: run npm run ${basename(root) === 'dist' ? 'build' : 'build:e2e'}`);
  }
  const log = options.log ?? (() => {});
  const server = await startStaticServer({ port: options.port ?? 0, root, log });
  let browser: Browser;
  try {
    browser = await chromium.launch(chromiumLaunchOptions({ softwareGpu: options.softwareGpu }));
  } catch (error) {
    await server.close();
    throw error;
  }

  const appUrl = (query: Record<string, string> = {}) => {
    const search = new URLSearchParams(query).toString();
    return search ? `${server.url}?${search}` : server.url;
  };

  async function open(urlOrPath: string, { context, beforeGoto }: OpenOptions = {}): Promise<Page> {
    const page = await (context ?? browser).newPage();
    page.on('pageerror', (error) => log(`page error: ${error.message}`));
    // tsx keeps function names with a __name helper that the page lacks (page.evaluate(fn)).
    await page.addInitScript('globalThis.__name = (f) => f');
    await beforeGoto?.(page);
    await page.goto(urlOrPath.startsWith('/') ? server.origin + urlOrPath : urlOrPath);
    return page;
  }

  async function openApp({ query, ready = 'controls', slider = 'smiling', timeoutMs = 600_000, ...rest }: AppOptions = {}) {
    const page = await open(appUrl(query), rest);
    if (ready === 'first-face') {
      await page.waitForFunction(firstFaceOrError, undefined, { timeout: timeoutMs, polling: 50 });
      const alert = page.locator('.error[role=alert]');
      if (await alert.count()) throw new Error(`the app failed to start: ${(await alert.first().textContent())?.trim()}`);
    } else if (ready === 'controls') {
      await page.waitForSelector(`#slider-${slider}:not(:disabled)`, { timeout: timeoutMs });
      await page.evaluate(() => window.__faceExplorer!.idle());
    }
    return page;
  }

  return {
    browser,
    server,
    version: browser.version(),
    appUrl,
    open,
    openApp,
    async close() {
      try {
        await browser.close();
      } finally {
        await server.close();
      }
    },
  };
}

/** startBrowser, run, and close everything however run ends. */
export async function withBrowser<T>(options: BrowserSessionOptions, run: (session: BrowserSession) => Promise<T>): Promise<T> {
  const session = await startBrowser(options);
  try {
    return await run(session);
  } finally {
    await session.close();
  }
}
