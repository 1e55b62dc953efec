/**
 * Benchmark (not a test): does the face follow the hand? Issue 21's scripted drag — Smiling
 * 50 → 100 → 0 → 50 over 6 s, 60 input events a second — after the face has rested 30 s and
 * 5 s, with faces prepared ahead off and on, in the same run: faces shown, mean tracking error
 * (the slider's value against the value of the face on screen), time from release to the exact
 * face, and the main thread's longest task. Then Play in presenter mode: faces shown per second
 * on its second pass, off and on; and the prepared faces' memory. Real model on WASM by default.
 * Needs the instrumented build (npm run build:e2e).
 *
 *   tsx scripts/bench/bench-drag.ts [--backend wasm] [--model <folder>] [--rests 30,5] [--out <json>]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { withBrowser, type BrowserSession } from '../lib/browser';
import { dragValue, summarizeDrag, type DragRecord, type DragSample, type DragSummary } from './dragStats';

const log = (line: string) => console.error(`bench-drag: ${line}`);
const DRAG_SECONDS = 6;
const RATE = 60;
const PLAY_PERIOD_S = 6;
const DRAG_VALUES = Array.from({ length: DRAG_SECONDS * RATE + 1 }, (_, i) => dragValue((i * 1000) / RATE, DRAG_SECONDS));

/** Runs in the page: the drag on schedule, a sample per event, then the wait for the exact face. */
async function dragInPage({ values, rate }: { values: number[]; rate: number }): Promise<DragRecord> {
  const hook = window.__faceExplorer!;
  const slider = document.getElementById('slider-smiling') as HTMLInputElement;
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
  observer.observe({ type: 'longtask' });
  const samples: DragSample[] = [];
  const sample = (at: number, sliderValue: number) => {
    const face = hook.shownFace();
    samples.push({
      at,
      slider: sliderValue,
      shown: face?.sliders.smiling ?? 50,
      id: face?.id ?? 0,
      approximate: face?.approximate ?? false,
    });
  };
  const start = performance.now();
  for (const [i, v] of values.entries()) {
    await new Promise((r) => setTimeout(r, Math.max(0, start + (i * 1000) / rate - performance.now())));
    if (String(v) !== slider.value) {
      slider.value = String(v);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    }
    sample(performance.now() - start, v);
  }
  const released = performance.now();
  const exact = () => {
    const face = hook.shownFace();
    return face !== null && face.id === hook.lastRequest() && !face.approximate && (face.sliders.smiling ?? 50) === 50;
  };
  while (!exact()) await new Promise((r) => setTimeout(r, 5));
  const releaseToExactMs = performance.now() - released;
  for (const e of observer.takeRecords()) longTasks.push(e.duration);
  observer.disconnect();
  return { samples, releaseToExactMs, longestTaskMs: Math.max(0, ...longTasks) };
}

/**
 * Runs in the page: samples the face on screen each frame from `from` to `to` s after Play began.
 * Per second: records shown (a new request or value) and faces that look different (a new value).
 */
async function playInPage({ from, to }: { from: number; to: number }): Promise<{ records: number; faces: number }> {
  const hook = window.__faceExplorer!;
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'p', bubbles: true }));
  const start = performance.now();
  let records = 0;
  let faces = 0;
  let lastRecord = '';
  let lastValue: number | undefined;
  while (performance.now() - start < to * 1000) {
    await new Promise((r) => requestAnimationFrame(r));
    if (performance.now() - start < from * 1000) continue;
    const face = hook.shownFace();
    const key = `${face?.id}:${face?.sliders.smiling}`;
    if (key !== lastRecord) records++;
    if (face?.sliders.smiling !== lastValue) faces++;
    lastRecord = key;
    lastValue = face?.sliders.smiling;
  }
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'p', bubbles: true }));
  return { records: records / (to - from), faces: faces / (to - from) };
}

async function openRested(session: BrowserSession, query: Record<string, string>, restS: number): Promise<Page> {
  const page = await session.openApp({ query: { seed: '1', hd: '0', ...query } });
  // Smiling is the slider in use: prepared first.
  await page.focus('#slider-smiling');
  await page.waitForTimeout(restS * 1000);
  return page;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      backend: { type: 'string', default: 'wasm' },
      model: { type: 'string' },
      rests: { type: 'string', default: '30,5' },
      out: { type: 'string' },
    },
  });
  const rests = values.rests.split(',').map(Number);
  const base = { backend: values.backend, ...(values.model ? { model: values.model } : {}) };
  const result = await withBrowser({ log }, async (session) => {
    const drags: { rest: number; prepare: boolean; summary: DragSummary; preparedMb: number }[] = [];
    for (const rest of rests) {
      for (const prepare of [false, true]) {
        const page = await openRested(session, { ...base, prepare: prepare ? '1' : '0' }, rest);
        const stats = await page.evaluate(() => window.__faceExplorer!.preparedStats());
        const summary = summarizeDrag(await page.evaluate(dragInPage, { values: DRAG_VALUES, rate: RATE }));
        drags.push({ rest, prepare, summary, preparedMb: (stats?.bytes ?? 0) / 1e6 });
        log(`rest ${rest} s, prepare ${prepare ? 'on' : 'off'}: ${JSON.stringify(summary)}, kept ${stats?.kept} faces`);
        await page.close();
      }
    }
    const play: { prepare: boolean; recordsPerSecond: number; facesPerSecond: number }[] = [];
    for (const prepare of [false, true]) {
      const page = await openRested(session, { ...base, mode: 'presenter', prepare: prepare ? '1' : '0' }, Math.max(...rests));
      const { records, faces } = await page.evaluate(playInPage, { from: PLAY_PERIOD_S, to: 2 * PLAY_PERIOD_S });
      play.push({ prepare, recordsPerSecond: records, facesPerSecond: faces });
      log(
        `Play, prepare ${prepare ? 'on' : 'off'}: ${records.toFixed(1)} records/s, ${faces.toFixed(1)} different faces/s on its second pass`,
      );
      await page.close();
    }
    return { chromium: session.version, backend: values.backend, drags, play };
  });
  const json = JSON.stringify({ date: new Date().toISOString(), ...result }, null, 2);
  if (values.out) writeFileSync(values.out, json + '\n');
  console.log(json);
}

await main();
