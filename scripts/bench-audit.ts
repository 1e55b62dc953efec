/**
 * Benchmark (not a test): population-audit throughput and the page's responsiveness during an
 * audit. Each run opens a fresh page (ProGAN-128, engine in its worker by default), waits for the
 * first face and its readout, then audits N faces through the UI: faces per minute (drawing
 * plus measuring, wall clock from the click to "Done"), the longest main-thread task and the
 * heartbeat's delays while the audit ran. Needs the instrumented build (npm run build:e2e).
 *
 *   tsx scripts/bench-audit.ts [--backend wasm] [--engine worker] [--faces 50] [--runs 3] [--smiling-runs 1] [--root dist-e2e]
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { median, percentile } from './lib/benchStats';
import { chromiumLaunchOptions } from './lib/chromium';
import { startWatching } from './lib/pageWatch';
import { startStaticServer } from './serve-static';

const log = (line: string) => console.error(`bench-audit: ${line}`);

interface AuditRun {
  setting: string;
  faces: number;
  detected: number;
  elapsedMs: number;
  longestTaskMs: number;
  heartbeatP95Ms: number;
  heartbeatWorstMs: number;
  /** The panel's words for the change against the default distribution. */
  changes: string[];
}

async function auditOnce(browser: Browser, url: string, faces: number, setting: string): Promise<AuditRun> {
  const page = await browser.newPage();
  page.on('pageerror', (error) => log(`page error: ${error.message}`));
  try {
    await page.goto(url);
    // tsx keeps function names with a __name helper that the page lacks.
    await page.evaluate('globalThis.__name = (f) => f');
    await page.waitForSelector('#slider-smiling:not(:disabled)', { timeout: 600_000 });
    await page.evaluate(() => window.__faceExplorer!.idle());
    // face-api is loaded with the first readout; an audit started later does not pay for it.
    await page.waitForSelector('[data-freshness=fresh]', { timeout: 600_000 });
    const panel = page.getByRole('region', { name: 'Who does this model draw?' });
    const status = panel.locator('.progress [role=status]');
    await page.evaluate(startWatching);
    const started = Date.now();
    await panel.getByRole('button', { name: `Audit ${faces} faces` }).click();
    await status.filter({ hasText: `Done: ${faces} faces measured.` }).waitFor({ timeout: 3_600_000 });
    const elapsedMs = Date.now() - started;
    const record = await page.evaluate(() => window.__watch!.stop());
    const words = await panel.locator('.setting').innerText();
    const detected = Number(/: (\d+) of \d+ faces measured/.exec(words)?.[1] ?? NaN);
    const changes = await panel.locator('.changes li').allInnerTexts();
    return {
      setting,
      faces,
      detected,
      elapsedMs,
      longestTaskMs: Math.max(0, ...record.longTasks),
      heartbeatP95Ms: percentile(record.heartbeatDelays, 95),
      heartbeatWorstMs: Math.max(0, ...record.heartbeatDelays),
      changes,
    };
  } finally {
    await page.close();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      backend: { type: 'string', default: 'wasm' },
      engine: { type: 'string', default: 'worker' },
      faces: { type: 'string', default: '50' },
      runs: { type: 'string', default: '3' },
      'smiling-runs': { type: 'string', default: '1' },
      root: { type: 'string', default: 'dist-e2e' },
    },
  });
  const root = resolve(values.root!);
  if (!existsSync(resolve(root, 'index.html'))) throw new Error(`${root}/index.html is missing: run npm run build:e2e`);
  const faces = Number(values.faces);
  const plan = [
    ...Array.from({ length: Number(values.runs) }, () => ({ setting: 'default sliders', sliders: {} })),
    ...Array.from({ length: Number(values['smiling-runs']) }, () => ({ setting: 'Smiling at 100', sliders: { smiling: '100' } })),
  ];
  const server = await startStaticServer({ port: 0, root });
  const browser = await chromium.launch(chromiumLaunchOptions);
  const version = browser.version();
  const runs: AuditRun[] = [];
  try {
    for (const [i, { setting, sliders }] of plan.entries()) {
      const query = {
        backend: values.backend!,
        engine: values.engine!,
        seed: '1',
        audit: String(1000 + i),
        auditN: String(faces),
        ...sliders,
      };
      log(`run ${i + 1} of ${plan.length}: ${faces} faces, ${setting}…`);
      const run = await auditOnce(browser, `${server.url}?${new URLSearchParams(query)}`, faces, setting);
      log(`  ${((run.faces / run.elapsedMs) * 60_000).toFixed(1)} faces/min, longest task ${Math.round(run.longestTaskMs)} ms`);
      for (const line of run.changes) log(`  ${line}`);
      runs.push(run);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const perMinute = (r: AuditRun) => (r.faces / r.elapsedMs) * 60_000;
  console.log(`\nProGAN-128, ${values.backend} backend, engine in the ${values.engine}, headless Chromium ${version}\n`);
  console.log(
    '| run | setting | faces | detected | elapsed s | faces per minute | longest main-thread task ms | heartbeat p95 ms | heartbeat worst ms |',
  );
  console.log('|---:|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const [i, r] of runs.entries()) {
    const longest = r.longestTaskMs === 0 ? '< 50' : Math.round(r.longestTaskMs);
    console.log(
      `| ${i + 1} | ${r.setting} | ${r.faces} | ${r.detected} | ${(r.elapsedMs / 1000).toFixed(0)} | ${perMinute(r).toFixed(1)} | ${longest} | ${Math.round(r.heartbeatP95Ms)} | ${Math.round(r.heartbeatWorstMs)} |`,
    );
  }
  console.log(`\nMedian over ${runs.length} runs: ${median(runs.map(perMinute)).toFixed(1)} faces per minute.`);
}

await main();
