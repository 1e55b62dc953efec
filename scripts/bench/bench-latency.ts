/**
 * Benchmark (not a test): input-to-frame latency while a slider is dragged, in headless
 * Chromium on the instrumented build (run `npm run build:e2e` first). A burst of input events
 * (60/s for 5 s by default) moves one slider; the same burst runs through (a) the app's
 * latest-wins loop and (b) a naive baseline on the same page and backend: every input event
 * queued for its own predict + draw, as most GAN web demos do. See latencyStats.ts for what is
 * measured.
 *
 *   tsx scripts/bench/bench-latency.ts [--backend wasm] [--model] [--rate 60] [--seconds 5]
 *                                      [--naive-budget-s 120] [--slider smiling] [--root dist-e2e]
 *
 * --model uses the tiny test model instead of ProGAN-128. The naive queue falls minutes behind
 * on a slow backend; it gets --naive-budget-s to catch up, and events it has not shown by then
 * count with a lower bound (marked ≥).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { isBackendName } from '../../src/core/backends';
import { withBrowser } from '../lib/browser';
import { settledTensorCount } from '../testing/pageProbes';
import { formatLatencyTable, summarize, type BurstRecord, type LatencyRow } from './latencyStats';

const log = (line: string) => console.error(`bench-latency: ${line}`);

interface BurstSettings {
  rate: number;
  seconds: number;
  sliderId: string;
}

declare global {
  interface Window {
    /** Streams the burst to Node as it happens: a naive queue on WASM can freeze the page for minutes. */
    __benchReport?: (kind: 'start' | 'event' | 'frame' | 'paint' | 'done', a: number, b?: number) => void;
  }
}

/** Runs in the page: drives the slider on schedule and reports events, frames and paints. */
async function burstInPage({ rate, seconds, sliderId }: BurstSettings): Promise<void> {
  const hook = window.__faceExplorer!;
  const report = window.__benchReport!;
  const slider = document.getElementById(`slider-${sliderId}`) as HTMLInputElement;
  hook.onFrameDrawn((seq) => report('frame', seq, performance.now()));
  let painting = true;
  const paint = () => {
    report('paint', performance.now());
    if (painting) requestAnimationFrame(paint);
  };
  requestAnimationFrame(paint);
  const count = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const start = performance.now() + 50;
  report('start', start, interval);
  // A triangle wave between 10 and 90: every event changes the value, as a drag does.
  const valueAt = (i: number) => 10 + (i % 160 < 80 ? i % 160 : 160 - (i % 160));
  await new Promise<void>((done) => {
    let next = 0;
    const tick = () => {
      // Events that fell due while the page was busy go out now, each with its own due time,
      // as queued input would.
      while (next < count && start + next * interval <= performance.now()) {
        slider.value = String(valueAt(next));
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        report('event', start + next * interval, hook.lastRequest());
        next++;
      }
      if (next < count) setTimeout(tick, Math.max(0, start + next * interval - performance.now()));
      else done();
    };
    setTimeout(tick, Math.max(0, start - performance.now()));
  });
  await hook.idle();
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  painting = false;
  hook.onFrameDrawn(null);
  report('done', performance.now());
}

/** Collects what the page reports; `endedAt` converts Node's clock to the page's. */
class BurstRecorder {
  record: BurstRecord = { events: [], frames: [], paints: [], endedAt: 0 };
  finished = false;
  private clockOffset: number | null = null;
  private schedule = { start: 0, interval: 0 };

  constructor(private readonly count: number) {}

  take(kind: string, a: number, b?: number): void {
    // Calls arrive as they are made, so Node's clock minus the page's is the (small) delay.
    if (kind === 'paint' || kind === 'done') this.clockOffset ??= Date.now() - a;
    if (kind === 'start') this.schedule = { start: a, interval: b! };
    else if (kind === 'event') this.record.events.push({ dueAt: a, seq: b! });
    else if (kind === 'frame') this.record.frames.push({ seq: a, drawnAt: b! });
    else if (kind === 'paint') this.record.paints.push(a);
    else if (kind === 'done') {
      this.finished = true;
      this.record.endedAt = a;
    }
  }

  stop(): BurstRecord {
    if (!this.finished) this.record.endedAt = Date.now() - (this.clockOffset ?? Date.now());
    // Events a frozen page never got to dispatch were still due: they count, never shown.
    for (let i = this.record.events.length; i < this.count; i++) {
      this.record.events.push({ dueAt: this.schedule.start + i * this.schedule.interval, seq: null });
    }
    return this.record;
  }
}

async function runLoop(
  page: Page,
  recorder: { current: BurstRecorder | null },
  loop: 'latest-wins' | 'every-request',
  settings: BurstSettings,
  budgetMs: number,
): Promise<LatencyRow> {
  await page.evaluate((mode) => window.__faceExplorer!.setQueue(mode), loop);
  const tensorsBefore = await settledTensorCount(page);
  log(`${loop}: ${Math.round(settings.rate * settings.seconds)} events over ${settings.seconds} s…`);
  const recording = (recorder.current = new BurstRecorder(Math.round(settings.rate * settings.seconds)));
  const burst = page.evaluate(burstInPage, settings).catch(() => {});
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([burst, new Promise((r) => (timer = setTimeout(r, settings.seconds * 1000 + budgetMs)))]);
  clearTimeout(timer);
  const record = recording.stop();
  recorder.current = null;
  if (!recording.finished)
    log(`${loop}: still drawing ${budgetMs / 1000} s after the burst; events not shown by then count as lower bounds`);
  const tensorsAfter = recording.finished ? await settledTensorCount(page) : NaN;
  return {
    loop: loop === 'latest-wins' ? 'latest-wins (app)' : 'naive: every event queued',
    ...summarize(record),
    tensorsBefore,
    tensorsAfter,
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      backend: { type: 'string', default: 'wasm' },
      model: { type: 'boolean', default: false },
      rate: { type: 'string', default: '60' },
      seconds: { type: 'string', default: '5' },
      'naive-budget-s': { type: 'string', default: '120' },
      slider: { type: 'string', default: 'smiling' },
      root: { type: 'string', default: 'dist-e2e' },
    },
  });
  const backend = values.backend!;
  if (!isBackendName(backend)) throw new Error(`unknown backend ${backend}`);
  const settings: BurstSettings = { rate: Number(values.rate), seconds: Number(values.seconds), sliderId: values.slider! };
  const budgetMs = Number(values['naive-budget-s']) * 1000;
  const query = { backend, seed: '1', ...(values.model ? { model: '../__test__/tiny-model' } : {}) };

  const rows: LatencyRow[] = [];
  const { version, used } = await withBrowser({ root: resolve(values.root!), log }, async (session) => {
    const recorder: { current: BurstRecorder | null } = { current: null };
    const page = await session.openApp({
      query,
      slider: settings.sliderId,
      beforeGoto: async (p) => {
        await p.exposeFunction('__benchReport', (kind: string, a: number, b?: number) => recorder.current?.take(kind, a, b));
      },
    });
    const used = await page.evaluate(() => window.__faceExplorer!.backend());
    // The app's loop always catches up within a few frames; the budget is for the naive queue.
    rows.push(await runLoop(page, recorder, 'latest-wins', settings, Math.max(budgetMs, 120_000)));
    // Last: a naive queue that overran its budget is still drawing when the browser closes.
    rows.push(await runLoop(page, recorder, 'every-request', settings, budgetMs));
    return { version: session.version, used };
  });
  const [app, naive] = rows as [LatencyRow, LatencyRow];
  const model = values.model ? 'tiny test model' : 'ProGAN-128 (float16 weights)';
  console.log(
    `\nSlider burst: ${settings.rate} input events/s for ${settings.seconds} s, ${model}, ${used} backend, headless Chromium ${version}\n`,
  );
  console.log(formatLatencyTable(rows));
  console.log(
    `\nnaive ÷ latest-wins: median ${(naive.medianMs / app.medianMs).toFixed(1)}×, p95 ${(naive.p95Ms / app.p95Ms).toFixed(1)}×` +
      (naive.censored ? ' (naive figures are lower bounds)' : ''),
  );
}

await main();
