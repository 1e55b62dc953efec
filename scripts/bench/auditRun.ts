/**
 * One population audit through the UI, timed (bench-audit.ts, bench-wasm-threads.ts): a fresh
 * page waits for its first face and readout, then audits N faces; the wall clock from the click
 * to "Done", the longest main-thread task and the heartbeat's delays meanwhile.
 */
import type { BrowserSession } from '../lib/browser';
import { percentile } from './benchStats';
import { startWatching } from './pageWatch';

export interface AuditRun {
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

export async function auditOnce(session: BrowserSession, query: Record<string, string>, faces: number, setting: string): Promise<AuditRun> {
  const page = await session.openApp({ query });
  try {
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
