/**
 * Benchmark (not a test): time to the first face of a first visit, broken down, on the built
 * site (dist-e2e, for its test hooks) in headless Chromium, optionally on a link throttled by
 * Chromium's network emulation. Steps, in the page's clock from navigation:
 *   fetch      until the generator's last weight byte arrived
 *   verify     until the engine had checked every file (sizes, SHA-256)
 *   build      until a backend ran (WASM binary, model built from the bytes)
 *   first face until the first face reached the canvas (on WASM also the warm-up: the first
 *              run of each kernel)
 */
import type { Page, Request } from 'playwright-core';
import { withBrowser, type BrowserSession } from '../lib/browser';
import { median } from './benchStats';

export interface FirstFaceSettings {
  root: string;
  runs: number;
  backend: string;
  /** Link speed in Mbit/s for Chromium's network emulation; null: unthrottled localhost. */
  mbps: number | null;
  label: string;
  /** More link parameters, e.g. `&model=…` for another storage. */
  query: string;
}

export interface FirstFaceRun {
  weightsDoneMs: number;
  modelLoadedMs: number;
  backendStartedMs: number;
  firstFaceMs: number;
  directionsRequestedMs: number | null;
  faceApiRequestedMs: number | null;
  weightBytes: number;
  bytesBeforeFirstFace: number;
}

interface Seen {
  url: string;
  startMs: number;
  endMs: number;
  bytes: number;
}

async function oneRun(session: BrowserSession, query: Record<string, string>, mbps: number | null): Promise<FirstFaceRun> {
  // A fresh context per run: a first visit, nothing cached, no service worker yet.
  const context = await session.browser.newContext();
  const seen: Seen[] = [];
  const pending: Promise<void>[] = [];
  const record = (request: Request) =>
    pending.push(
      request.sizes().then((sizes) => {
        const t = request.timing();
        seen.push({ url: request.url(), startMs: t.startTime, endMs: t.startTime + t.responseEnd, bytes: sizes.responseBodySize });
      }),
    );
  const throttle = async (page: Page) => {
    if (mbps === null) return;
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: (mbps * 1e6) / 8,
      uploadThroughput: (mbps * 1e6) / 8,
    });
  };
  context.on('requestfinished', record);
  const page = await session.openApp({ context, query, ready: 'first-face', beforeGoto: throttle });
  const origin = await page.evaluate(() => performance.timeOrigin);
  // Builds from before the timeline hook (a "before" row) give the network's figures only.
  const marks = await page.evaluate(() => ({
    ...(window.__faceExplorer!.startTimeline?.() ?? { modelLoadedAt: null, backendStartedAt: null }),
    firstFrameAt: window.__faceExplorer!.firstFrameAt()!,
  }));
  await new Promise((resolve) => setTimeout(resolve, 500));
  await Promise.all(pending);
  context.off('requestfinished', record);
  await context.close();
  const rel = (epochMs: number) => epochMs - origin;
  const weights = seen.filter((s) => /\/models\/progan-128\//.test(s.url));
  const first = (pattern: RegExp) => {
    const hits = seen.filter((s) => pattern.test(s.url)).map((s) => rel(s.startMs));
    return hits.length ? Math.min(...hits) : null;
  };
  return {
    weightsDoneMs: Math.max(...weights.map((s) => rel(s.endMs))),
    modelLoadedMs: marks.modelLoadedAt ?? NaN,
    backendStartedMs: marks.backendStartedAt ?? NaN,
    firstFaceMs: marks.firstFrameAt,
    directionsRequestedMs: first(/directions\.json/),
    faceApiRequestedMs: first(/\/models\/face-api\//),
    weightBytes: weights.reduce((n, s) => n + s.bytes, 0),
    bytesBeforeFirstFace: seen.filter((s) => rel(s.endMs) <= marks.firstFrameAt).reduce((n, s) => n + s.bytes, 0),
  };
}

export async function benchFirstFace(settings: FirstFaceSettings, log: (line: string) => void): Promise<FirstFaceRun[]> {
  const query = Object.fromEntries(new URLSearchParams(`seed=7&backend=${settings.backend}${settings.query}`));
  return withBrowser({ root: settings.root, log }, async (session) => {
    const runs: FirstFaceRun[] = [];
    for (let i = 0; i < settings.runs; i++) {
      const run = await oneRun(session, query, settings.mbps);
      runs.push(run);
      log(`${settings.label} run ${i + 1}/${settings.runs}: first face at ${(run.firstFaceMs / 1000).toFixed(2)} s`);
    }
    return runs;
  });
}

const s = (ms: number | null) => (ms === null || Number.isNaN(ms) ? '–' : (ms / 1000).toFixed(2));

/** Medians of each step's duration and of the moments around it, as a Markdown table row. */
export function firstFaceRow(label: string, runs: FirstFaceRun[]): string {
  const m = (f: (r: FirstFaceRun) => number | null) => {
    const values = runs.map(f).filter((v): v is number => v !== null && !Number.isNaN(v));
    return values.length ? median(values) : null;
  };
  return [
    label,
    String(runs.length),
    s(m((r) => r.weightsDoneMs)),
    s(m((r) => r.modelLoadedMs - r.weightsDoneMs)),
    s(m((r) => r.backendStartedMs - r.modelLoadedMs)),
    s(m((r) => r.firstFaceMs - r.backendStartedMs)),
    `**${s(m((r) => r.firstFaceMs))}**`,
    s(m((r) => r.directionsRequestedMs)),
    s(m((r) => r.faceApiRequestedMs)),
    (m((r) => r.weightBytes)! / 1e6).toFixed(1),
    (m((r) => r.bytesBeforeFirstFace)! / 1e6).toFixed(1),
  ].join(' | ');
}

export const FIRST_FACE_HEADER = [
  '| run | N | fetch s | verify s | build s | first face s | **total s** | directions requested at s | face-api requested at s | weights MB | MB before first face |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
].join('\n');
