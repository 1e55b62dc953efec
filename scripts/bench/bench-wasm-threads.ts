/**
 * Benchmark (not a test): the WASM backend on one thread against several, in one run on the same
 * browser (ProGAN-128, engine in its worker, the page cross-origin isolated by the test server).
 * For each thread count (the link's threads=N): ms per face (faces one at a time, readout held,
 * the settings taking turns face by face), the 9-face gallery's wall time, and an audit of N
 * faces at Smiling 100 (faces per minute, drawing plus measuring), each with the main thread's
 * longest task. Audits alternate between rounds (1, n, then n, 1) so a change in the machine's
 * load falls on both; the load average is kept with each measurement. Needs the instrumented
 * build (npm run build:e2e).
 *
 *   tsx scripts/bench/bench-wasm-threads.ts [--threads 1,2] [--faces 50] [--rounds 1] [--skip faces|audit] [--out models/wasm-threads.json] [--root dist-e2e]
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { withBrowser, type BrowserSession } from '../lib/browser';
import { auditOnce } from './auditRun';
import { median } from './benchStats';
import { oneAtATime, watched } from './pageWatch';
import type { ResponsivenessRecord } from './responsivenessStats';

const log = (line: string) => console.error(`bench-wasm-threads: ${line}`);

interface Measurement {
  threads: number;
  /** What the status line said (the engine's own count). */
  reported: string;
  what: 'faces' | 'gallery' | 'audit';
  /** faces: median ms a face in the engine; gallery: wall ms for 9 faces; audit: faces per minute. */
  value: number;
  longestTaskMs: number;
  /** The 1-minute load average when it ended (2 cores: 2 is a full machine). */
  load: number;
  detail: Record<string, number | string>;
}

const FACES_ONE_AT_A_TIME = 6;

const longest = (record: ResponsivenessRecord) => Math.max(0, ...record.longTasks);
const load1 = () => Number(loadavg()[0]!.toFixed(2));

/** A page per thread count, loaded and idle, so faces can be drawn on each in turn. */
async function openPages(session: BrowserSession, settings: number[]): Promise<{ threads: number; page: Page; reported: string }[]> {
  const pages = [];
  for (const threads of settings) {
    const page = await session.openApp({ query: { backend: 'wasm', engine: 'worker', threads: String(threads), seed: '1', hd: '0' } });
    if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error('the page is not cross-origin isolated');
    await page.evaluate(() => window.__faceExplorer!.holdReadout(true));
    pages.push({ threads, page, reported: await page.getByTestId('wasm-threads').innerText() });
  }
  return pages;
}

/**
 * Faces one at a time, the thread counts taking turns face by face (the machine's load falls on
 * each alike), then each page's 9-face gallery, in turn.
 */
async function facesAndGallery(session: BrowserSession, settings: number[], rounds: number): Promise<Measurement[]> {
  const pages = await openPages(session, settings);
  try {
    const records = new Map<number, ResponsivenessRecord[]>(settings.map((t) => [t, []]));
    for (let i = 0; i < FACES_ONE_AT_A_TIME * rounds; i++) {
      for (const { threads, page } of i % 2 ? [...pages].reverse() : pages) {
        records.get(threads)!.push(await watched(page, () => page.evaluate(oneAtATime, { count: 1, seed: 200 + i })));
      }
    }
    const rows: Measurement[] = pages.map(({ threads, reported }) => {
      const faces = records.get(threads)!;
      const engineMs = faces.flatMap((r) => r.engineMs);
      log(`  ${threads} thread(s): ${Math.round(median(engineMs))} ms a face (${engineMs.map(Math.round).join(' ')})`);
      return {
        threads,
        reported,
        what: 'faces',
        value: median(engineMs),
        longestTaskMs: Math.max(0, ...faces.map(longest)),
        load: load1(),
        detail: { faces: engineMs.length, msEach: engineMs.map(Math.round).join(' ') },
      };
    });
    for (const { threads, page, reported } of pages) {
      await page.evaluate(() => window.__faceExplorer!.holdReadout(false));
      const gallery = await watched(page, async () => {
        await page.getByRole('button', { name: 'Gallery' }).click();
        await page.evaluate(() => window.__faceExplorer!.idle());
      });
      log(`  ${threads} thread(s): gallery ${(gallery.elapsedMs / 1000).toFixed(1)} s`);
      rows.push({
        threads,
        reported,
        what: 'gallery',
        value: gallery.elapsedMs,
        longestTaskMs: longest(gallery),
        load: load1(),
        detail: {},
      });
    }
    return rows;
  } finally {
    for (const { page } of pages) await page.close();
  }
}

async function audit(session: BrowserSession, threads: number, faces: number, round: number): Promise<Measurement> {
  const query = { backend: 'wasm', engine: 'worker', threads: String(threads), seed: '1', hd: '0', smiling: '100' };
  const run = await auditOnce(session, { ...query, audit: String(1000 + round), auditN: String(faces) }, faces, 'Smiling at 100');
  const perMinute = (run.faces / run.elapsedMs) * 60_000;
  log(`  ${threads} thread(s): audit ${perMinute.toFixed(1)} faces/min, longest task ${Math.round(run.longestTaskMs)} ms`);
  return {
    threads,
    reported: `threads=${threads}`,
    what: 'audit',
    value: perMinute,
    longestTaskMs: run.longestTaskMs,
    load: load1(),
    detail: { faces: run.faces, detected: run.detected, elapsedS: Math.round(run.elapsedMs / 1000) },
  };
}

function summary(rows: Measurement[], settings: number[]) {
  const of = (threads: number, what: Measurement['what']) =>
    median(rows.filter((r) => r.threads === threads && r.what === what).map((r) => r.value));
  return settings.map((threads) => ({
    threads,
    msPerFace: Math.round(of(threads, 'faces')),
    galleryS: Number((of(threads, 'gallery') / 1000).toFixed(1)),
    auditFacesPerMinute: Number(of(threads, 'audit').toFixed(1)),
    auditSpeedUpOverOne: Number((of(threads, 'audit') / of(settings[0]!, 'audit')).toFixed(2)),
    longestTaskMs: Math.round(Math.max(0, ...rows.filter((r) => r.threads === threads).map((r) => r.longestTaskMs))),
  }));
}

async function main() {
  const { values } = parseArgs({
    options: {
      threads: { type: 'string', default: '1,2' },
      faces: { type: 'string', default: '50' },
      rounds: { type: 'string', default: '1' },
      out: { type: 'string' },
      /** 'faces' or 'audit': leave that part out. */
      skip: { type: 'string' },
      root: { type: 'string', default: 'dist-e2e' },
    },
  });
  const settings = values.threads!.split(',').map(Number);
  const faces = Number(values.faces);
  const rows: Measurement[] = [];
  const loadBefore = loadavg().map((l) => Number(l.toFixed(2)));
  const version = await withBrowser({ root: resolve(values.root!), log }, async (session) => {
    const rounds = Number(values.rounds);
    if (values.skip !== 'faces') {
      log(`faces and galleries, load ${load1()}…`);
      rows.push(...(await facesAndGallery(session, settings, rounds)));
    }
    for (let round = 0; round < rounds && values.skip !== 'audit'; round++) {
      for (const threads of round % 2 === 0 ? settings : [...settings].reverse()) {
        log(`audit, round ${round + 1}, ${threads} thread(s), load ${load1()}…`);
        rows.push(await audit(session, threads, faces, round));
      }
    }
    return session.version;
  });
  const result = {
    what: 'ProGAN-128 on WASM (engine in its worker, page cross-origin isolated): one thread against several',
    command: `tsx scripts/bench/bench-wasm-threads.ts --threads ${values.threads} --faces ${faces} --rounds ${values.rounds}`,
    date: new Date().toISOString().slice(0, 10),
    chromium: version,
    cores: cpus().length,
    loadAverageBefore: loadBefore,
    loadAverageAfter: loadavg().map((l) => Number(l.toFixed(2))),
    summary: summary(rows, settings),
    measurements: rows,
  };
  console.log(JSON.stringify(result.summary, null, 2));
  if (values.out) writeFileSync(values.out, JSON.stringify(result, null, 2) + '\n');
}

await main();
