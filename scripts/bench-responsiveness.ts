/**
 * Benchmark (not a test): does the page keep answering while faces are drawn? In one run, the
 * worker engine against the in-page engine on the same backend (WASM by default, ProGAN-128),
 * during a slider storm (60 input events/s for 5 s) and during a 9-face gallery render: the
 * longest main-thread task (PerformanceObserver 'longtask') and the p95 and worst delay of a
 * 10 ms heartbeat timer, and each face's time in the engine (the storm runs twice, the second time
 * with the live readout held, so faces are timed alone). Also: the first face with no ?backend=
 * at all, the visitor's default.
 * Needs the instrumented build (npm run build:e2e).
 *
 *   tsx scripts/bench-responsiveness.ts [--backend wasm] [--model] [--rate 60] [--seconds 5] [--root dist-e2e]
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from './lib/chromium';
import {
  formatResponsivenessTable,
  summarizeResponsiveness,
  type ResponsivenessRecord,
  type ResponsivenessRow,
} from './lib/responsivenessStats';
import { startWatching } from './lib/pageWatch';
import { startStaticServer } from './serve-static';

const log = (line: string) => console.error(`bench-responsiveness: ${line}`);
const ENGINES = ['worker', 'page'] as const;

/**
 * Runs in the page: moves a slider on schedule, as a drag does, and waits for the last face.
 * Events that fell due while the page was blocked go out together as soon as it can run them,
 * as queued input would.
 */
async function storm({ rate, seconds, sliderId }: { rate: number; seconds: number; sliderId: string }): Promise<void> {
  const slider = document.getElementById(`slider-${sliderId}`) as HTMLInputElement;
  const count = Math.round(rate * seconds);
  const start = performance.now();
  for (let next = 0; next < count;) {
    await new Promise((r) => setTimeout(r, Math.max(0, start + (next * 1000) / rate - performance.now())));
    while (next < count && start + (next * 1000) / rate <= performance.now()) {
      slider.value = String(10 + (next % 160 < 80 ? next % 160 : 160 - (next % 160)));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      next++;
    }
  }
  await window.__faceExplorer!.idle();
}

/** Runs in the page: six new faces, one at a time, each drawn before the next is asked for. */
async function oneAtATime(): Promise<void> {
  const seedInput = document.getElementById('seed-input') as HTMLInputElement;
  for (let i = 0; i < 6; i++) {
    seedInput.value = String(100 + i);
    seedInput.dispatchEvent(new Event('input', { bubbles: true }));
    seedInput.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 50));
    await window.__faceExplorer!.idle();
  }
}

async function watched(page: Page, action: () => Promise<unknown>): Promise<ResponsivenessRecord> {
  await page.evaluate(startWatching);
  await action();
  return page.evaluate(() => window.__watch!.stop());
}

async function openApp(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('pageerror', (error) => log(`page error: ${error.message}`));
  await page.goto(url);
  // tsx keeps function names with a __name helper that the page lacks.
  await page.evaluate('globalThis.__name = (f) => f');
  await page.waitForSelector('#slider-smiling:not(:disabled)', { timeout: 600_000 });
  await page.evaluate(() => window.__faceExplorer!.idle());
  return page;
}

async function main() {
  const { values } = parseArgs({
    options: {
      backend: { type: 'string', default: 'wasm' },
      model: { type: 'boolean', default: false },
      rate: { type: 'string', default: '60' },
      seconds: { type: 'string', default: '5' },
      root: { type: 'string', default: 'dist-e2e' },
    },
  });
  const root = resolve(values.root!);
  if (!existsSync(resolve(root, 'index.html'))) throw new Error(`${root}/index.html is missing: run npm run build:e2e`);
  const stormSettings = { rate: Number(values.rate), seconds: Number(values.seconds), sliderId: 'smiling' };
  const model: Record<string, string> = values.model ? { model: '../__test__/tiny-model' } : {};
  const server = await startStaticServer({ port: 0, root });
  const browser = await chromium.launch(chromiumLaunchOptions);
  const version = browser.version();
  const rows: ResponsivenessRow[] = [];
  let firstFace: string;
  try {
    for (const engine of ENGINES) {
      const page = await openApp(
        browser,
        `${server.url}?${new URLSearchParams({ backend: values.backend!, engine, seed: '1', ...model })}`,
      );
      log(`${engine}: slider storm…`);
      const stormName = `slider storm ${stormSettings.rate}/s × ${stormSettings.seconds} s`;
      rows.push(summarizeResponsiveness(engine, stormName, await watched(page, () => page.evaluate(storm, stormSettings))));
      // The same storm with the readout held, so faces are timed alone on both engines.
      await page.evaluate(() => window.__faceExplorer!.holdReadout(true));
      rows.push(
        summarizeResponsiveness(engine, `${stormName}, readout held`, await watched(page, () => page.evaluate(storm, stormSettings))),
      );
      // Faces alone on a page with nothing else to do: the engine's own cost per face.
      rows.push(
        summarizeResponsiveness(engine, '6 faces one at a time, readout held', await watched(page, () => page.evaluate(oneAtATime))),
      );
      await page.evaluate(() => window.__faceExplorer!.holdReadout(false));
      log(`${engine}: gallery…`);
      const gallery = await watched(page, async () => {
        await page.getByRole('button', { name: 'Gallery' }).click();
        await page.evaluate(() => window.__faceExplorer!.idle());
      });
      rows.push(summarizeResponsiveness(engine, '9-face gallery', gallery));
      await page.close();
    }
    log('first face with no ?backend=…');
    const page = await browser.newPage();
    await page.goto(`${server.url}?${new URLSearchParams({ seed: '1', ...model })}`);
    await page.waitForFunction(() => window.__faceExplorer?.firstFrameAt() != null, undefined, { timeout: 600_000, polling: 100 });
    const at = await page.evaluate(() => window.__faceExplorer!.firstFrameAt()!);
    const why = (await page.getByTestId('backend-why').count()) ? await page.getByTestId('backend-why').innerText() : '';
    firstFace = `${(at / 1000).toFixed(1)} s on ${await page.evaluate(() => window.__faceExplorer!.backend())} ${why}`.trim();
  } finally {
    await browser.close();
    await server.close();
  }
  const what = values.model ? 'tiny test model' : 'ProGAN-128 (float16 weights)';
  console.log(`\n${what}, ${values.backend} backend, headless Chromium ${version}\n`);
  console.log(formatResponsivenessTable(rows));
  console.log(`\nFirst face with no ?backend= (from navigation): ${firstFace}`);
}

await main();
