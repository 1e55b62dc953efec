/** Summary statistics and the table the benchmark prints. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile: with few frames it is simply one of the slowest. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export interface BenchRow {
  backend: string;
  detail?: string;
  coldStartMs?: number;
  fetchMs?: number;
  buildMs?: number;
  warmUpMs?: number;
  frameMs: number[];
  modelBytes?: number;
  otherBytes?: number;
  /** The HD pass (×4 upscaler, 128 → 512, whole face), ms each, and the upscaler's bytes. */
  hdMs?: number[];
  hdBytes?: number;
  note?: string;
}

export function formatTable(rows: readonly BenchRow[]): string {
  const s = (ms?: number) => (ms === undefined ? '–' : (ms / 1000).toFixed(1));
  const ms = (v?: number) => (v === undefined ? '–' : v.toFixed(0));
  const mb = (b?: number) => (b === undefined ? '–' : (b / 1e6).toFixed(1));
  const lines = [
    '| backend | cold start s | fetch s | build s | warm-up s | frames | median ms/face | p95 ms/face | model MB | other MB | median ms/HD pass (n) | HD MB | note |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of rows) {
    const n = r.frameMs.length;
    lines.push(
      `| ${r.backend} | ${s(r.coldStartMs)} | ${s(r.fetchMs)} | ${s(r.buildMs)} | ${s(r.warmUpMs)} | ${n} | ` +
        `${n ? ms(median(r.frameMs)) : '–'} | ${n ? ms(percentile(r.frameMs, 95)) : '–'} | ${mb(r.modelBytes)} | ${mb(r.otherBytes)} | ` +
        `${r.hdMs?.length ? `${ms(median(r.hdMs))} (${r.hdMs.length})` : '–'} | ${r.hdBytes === undefined ? '–' : (r.hdBytes / 1e6).toFixed(2)} | ${r.note ?? ''} |`,
    );
  }
  return lines.join('\n');
}

/** What the benchmark page (tests/harness/bench.ts) reports of a backend's cold start. */
export interface ColdStart {
  detail: string;
  initMs: number;
  fetchMs: number;
  buildMs: number;
  warmUpMs: number;
  modelBytes: number;
}
