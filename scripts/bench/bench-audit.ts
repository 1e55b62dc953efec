/**
 * Benchmark (not a test): population-audit throughput and the page's responsiveness during an
 * audit. Each run opens a fresh page (ProGAN-128, engine in its worker by default), waits for the
 * first face and its readout, then audits N faces through the UI: faces per minute (drawing
 * plus measuring, wall clock from the click to "Done"), the longest main-thread task and the
 * heartbeat's delays while the audit ran. Needs the instrumented build (npm run build:e2e).
 *
 *   tsx scripts/bench/bench-audit.ts [--backend wasm] [--engine worker] [--faces 50] [--runs 3] [--smiling-runs 1] [--root dist-e2e]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { withBrowser } from '../lib/browser';
import { auditOnce, type AuditRun } from './auditRun';
import { median } from './benchStats';

const log = (line: string) => console.error(`bench-audit: ${line}`);

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
  const faces = Number(values.faces);
  const plan = [
    ...Array.from({ length: Number(values.runs) }, () => ({ setting: 'default sliders', sliders: {} })),
    ...Array.from({ length: Number(values['smiling-runs']) }, () => ({ setting: 'Smiling at 100', sliders: { smiling: '100' } })),
  ];
  const runs: AuditRun[] = [];
  const version = await withBrowser({ root: resolve(values.root!), log }, async (session) => {
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
      const run = await auditOnce(session, query, faces, setting);
      log(`  ${((run.faces / run.elapsedMs) * 60_000).toFixed(1)} faces/min, longest task ${Math.round(run.longestTaskMs)} ms`);
      for (const line of run.changes) log(`  ${line}`);
      runs.push(run);
    }
    return session.version;
  });
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
