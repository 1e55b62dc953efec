/**
 * Runs in a benchmark's page (page.evaluate(startWatching), then window.__watch.stop()): the
 * main thread's long tasks (PerformanceObserver 'longtask'), how late a 10 ms heartbeat timer
 * fires, and each face that reaches the canvas. Needs the instrumented build (npm run build:e2e).
 */
import type { Page } from 'playwright-core';
import type { ResponsivenessRecord } from './responsivenessStats';

declare global {
  interface Window {
    __watch?: { stop(): ResponsivenessRecord };
  }
}

/** Starts the long-task observer, the heartbeat and the frame log. */
export function startWatching(): void {
  const longTasks: number[] = [];
  const heartbeatDelays: number[] = [];
  const frameTimes: number[] = [];
  const engineMs: number[] = [];
  const startedAt = performance.now();
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  let due = performance.now() + 10;
  const beat = () => {
    const now = performance.now();
    heartbeatDelays.push(Math.max(0, now - due));
    due = now + 10;
    timer = setTimeout(beat, 10);
  };
  let timer = setTimeout(beat, 10);
  window.__faceExplorer!.onFrameDrawn((_, ms) => {
    frameTimes.push(performance.now());
    engineMs.push(ms);
  });
  window.__watch = {
    stop() {
      clearTimeout(timer);
      // Long tasks are reported after they end: take what is queued.
      for (const entry of observer.takeRecords()) longTasks.push(entry.duration);
      observer.disconnect();
      window.__faceExplorer!.onFrameDrawn(null);
      return { longTasks, heartbeatDelays, frameTimes, engineMs, elapsedMs: performance.now() - startedAt };
    },
  };
}

/** Watches the page while `action` runs. */
export async function watched(page: Page, action: () => Promise<unknown>): Promise<ResponsivenessRecord> {
  await page.evaluate(startWatching);
  await action();
  return page.evaluate(() => window.__watch!.stop());
}

/** Runs in the page: new faces one at a time, each drawn before the next is asked for. */
export async function oneAtATime({ count, seed }: { count: number; seed: number }): Promise<void> {
  const seedInput = document.getElementById('seed-input') as HTMLInputElement;
  for (let i = 0; i < count; i++) {
    seedInput.value = String(seed + i);
    seedInput.dispatchEvent(new Event('input', { bubbles: true }));
    seedInput.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 50));
    await window.__faceExplorer!.idle();
  }
}
