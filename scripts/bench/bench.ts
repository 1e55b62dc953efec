/**
 * Benchmark (not a test): the real model in headless Chromium on each backend that starts —
 * cold start (backend start + model files fetched and checked + model built + one warm-up
 * face), then median and p95 ms per face (generate + await the pixels), and bytes fetched.
 * It uses a harness page (tests/harness/bench.ts) rather than the app, so it needs no build:
 * the weights come from dist/models/ or, failing that, models/ (npm run prepare-model).
 *
 *   tsx scripts/bench/bench.ts [--backends webgpu,webgl,wasm,cpu] [--frames 10] [--budget-s 120]
 *                        [--storage float16] [--cpu-limit-s 60] [--hd-passes 5]
 *   tsx scripts/bench/bench.ts --first-face [--runs 3] [--mbps 20] [--root dist-e2e] [--backends wasm] [--storage float16]
 *
 * Software WebGPU/WebGL (SwiftShader, no GPU here) take tens of seconds a face, so each backend
 * gets a time budget for its frames and the table says when it stopped short of --frames.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext, Page } from 'playwright-core';
import { BACKENDS, isBackendName } from '../../src/core/backends';
import { SERVED_STORAGE, WEIGHT_STORAGES, type WeightStorage } from '../../src/core/manifest';
import { withBrowser, type BrowserSession } from '../lib/browser';
import { formatTable, type BenchRow, type ColdStart } from './benchStats';
import { benchFirstFace, FIRST_FACE_HEADER, firstFaceRow } from './firstFace';

const REPO = resolve(import.meta.dirname, '../..');
const log = (line: string) => console.error(`bench: ${line}`);

class TimeoutError extends Error {}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what} took over ${(ms / 1000).toFixed(0)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Response body bytes in a context, split into model files and everything else (code, WASM). */
function countBytes(context: BrowserContext) {
  const totals = { model: 0, other: 0 };
  const pending: Promise<void>[] = [];
  context.on('requestfinished', (request) => {
    pending.push(
      request.sizes().then((sizes) => {
        totals[request.url().includes('/models/') ? 'model' : 'other'] += sizes.responseBodySize;
      }),
    );
  });
  return async () => {
    await Promise.all(pending);
    return totals;
  };
}

interface Settings {
  frames: number;
  budgetMs: number;
  cpuLimitMs: number;
  modelUrl: string;
  upscalerUrl: string;
  hdPasses: number;
  /** Longest wait for any one step, so a hung software GPU cannot stall the run forever. */
  stepLimitMs: number;
}

async function benchBackend(session: BrowserSession, backend: string, settings: Settings): Promise<BenchRow> {
  const context = await session.browser.newContext();
  const row: BenchRow = { backend, frameMs: [] };
  const bytes = countBytes(context);
  try {
    const page = await session.open('/__test__/bench.html', { context });
    await page.waitForFunction(() => window.bench !== undefined, undefined, { timeout: 60_000 });
    const coldLimit = backend === 'cpu' ? settings.cpuLimitMs : settings.stepLimitMs;
    const cold: ColdStart = await within(
      page.evaluate(([b, url]) => window.bench!.coldStart(b, url), [backend, settings.modelUrl] as const),
      coldLimit,
      'cold start',
    );
    Object.assign(row, {
      detail: cold.detail,
      coldStartMs: cold.initMs + cold.fetchMs + cold.buildMs + cold.warmUpMs,
      fetchMs: cold.fetchMs,
      buildMs: cold.buildMs,
      warmUpMs: cold.warmUpMs,
    });
    log(`${backend}: ${cold.detail}; cold start ${(row.coldStartMs! / 1000).toFixed(1)} s`);
    const started = Date.now();
    for (let i = 0; i < settings.frames; i++) {
      if (i > 0 && Date.now() - started > settings.budgetMs) {
        row.note = `stopped at ${i} of ${settings.frames} frames: ${settings.budgetMs / 1000} s budget`;
        break;
      }
      const ms = await within(
        page.evaluate((seed) => window.bench!.frame(seed), 1000 + i),
        settings.stepLimitMs,
        'a frame',
      );
      row.frameMs.push(ms);
      log(`${backend}: frame ${i + 1}/${settings.frames} ${ms.toFixed(0)} ms`);
    }
    await benchHd(page, row, settings, started);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    row.note =
      backend === 'cpu' && error instanceof TimeoutError
        ? `skipped: one face takes over ${settings.cpuLimitMs / 1000} s`
        : `failed: ${message}`;
    log(`${backend}: ${row.note}`);
  }
  const totals = await within(bytes(), 10_000, 'byte count').catch(() => undefined);
  row.modelBytes = totals?.model;
  row.otherBytes = totals?.other;
  await context.close();
  return row;
}

/** The HD column: the upscaler's bytes and its 128 → 512 pass, within the backend's time budget. */
async function benchHd(page: Page, row: BenchRow, settings: Settings, started: number): Promise<void> {
  if (settings.hdPasses <= 0) return;
  row.hdBytes = await within(
    page.evaluate((url) => window.bench!.loadUpscaler(url), settings.upscalerUrl),
    settings.stepLimitMs,
    'loading the upscaler',
  );
  row.hdMs = [];
  for (let i = 0; i < settings.hdPasses && (i === 0 || Date.now() - started < settings.budgetMs); i++) {
    const ms = await within(
      page.evaluate((seed) => window.bench!.hdPass(seed), 2000 + i),
      settings.stepLimitMs,
      'an HD pass',
    );
    row.hdMs.push(ms);
    log(`${row.backend}: HD pass ${i + 1}/${settings.hdPasses} ${ms.toFixed(0)} ms`);
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      backends: { type: 'string', default: BACKENDS.join(',') },
      frames: { type: 'string', default: '10' },
      'budget-s': { type: 'string', default: '120' },
      'cpu-limit-s': { type: 'string', default: '60' },
      'step-limit-s': { type: 'string', default: '600' },
      storage: { type: 'string', default: SERVED_STORAGE },
      'first-face': { type: 'boolean', default: false },
      runs: { type: 'string', default: '3' },
      mbps: { type: 'string', default: '20' },
      root: { type: 'string', default: 'dist-e2e' },
      'hd-passes': { type: 'string', default: '5' },
    },
  });
  if (values['first-face'])
    return firstFace(
      values.root!,
      Number(values.runs),
      Number(values.mbps),
      values.backends === BACKENDS.join(',') ? 'wasm' : values.backends!,
      values.storage as WeightStorage,
    );
  const backends = values.backends!.split(',').map((b) => b.trim());
  const unknown = backends.filter((b) => !isBackendName(b));
  if (unknown.length) throw new Error(`unknown backend ${unknown.join(', ')}; choose from ${BACKENDS.join(', ')}`);
  const storage = values.storage as WeightStorage;
  if (!WEIGHT_STORAGES.includes(storage)) throw new Error(`--storage must be one of ${WEIGHT_STORAGES.join(', ')}`);
  if (!existsSync(resolve(REPO, 'models/progan-128', storage, 'manifest.json'))) {
    throw new Error(`models/progan-128/${storage} is missing: run npm run prepare-model`);
  }
  const settings: Settings = {
    frames: Number(values.frames),
    budgetMs: Number(values['budget-s']) * 1000,
    cpuLimitMs: Number(values['cpu-limit-s']) * 1000,
    stepLimitMs: Number(values['step-limit-s']) * 1000,
    modelUrl: `/face-explorer/models/progan-128/${storage}/`,
    upscalerUrl: '/face-explorer/models/upscaler-x4/',
    hdPasses: Number(values['hd-passes']),
  };

  const rows: BenchRow[] = [];
  // The harness page is bundled on request from tests/harness/: no build needed.
  const version = await withBrowser({ needsBuild: false, log }, async (session) => {
    log(`Chromium ${session.version}, ${storage} weights, up to ${settings.frames} frames per backend`);
    for (const backend of backends) rows.push(await benchBackend(session, backend, settings));
    return session.version;
  });
  console.log(`\nProGAN-128, ${storage} weights, headless Chromium ${version} (software GPU: SwiftShader)\n`);
  console.log(formatTable(rows));
  for (const row of rows) if (row.detail) console.log(`- ${row.backend}: ${row.detail}`);
}

/** Time to first face of a first visit (firstFace.ts): localhost, then a throttled link. */
async function firstFace(root: string, runs: number, mbps: number, backend: string, storage: WeightStorage) {
  const rows: string[] = [];
  // Another storage than the site's is loaded as a model given in the link (it then has no sliders).
  const query = storage === SERVED_STORAGE ? '' : `&model=models/progan-128/${storage}`;
  for (const link of [null, mbps]) {
    const label = link === null ? 'localhost' : `${link} Mbit/s`;
    rows.push(firstFaceRow(label, await benchFirstFace({ root: resolve(REPO, root), runs, backend, mbps: link, label, query }, log)));
  }
  console.log(`\nTime to first face, first visit, ${backend}, ${storage} weights, ${root} (medians of ${runs} runs)\n`);
  console.log(FIRST_FACE_HEADER);
  for (const row of rows) console.log(`| ${row} |`);
}

await main();
