/**
 * How well the page kept answering while faces were drawn (scripts/bench/bench-responsiveness.ts):
 * the longest main-thread task the browser reported and how late a 10 ms heartbeat timer fired.
 */
import { median, percentile } from './benchStats';

export interface ResponsivenessRecord {
  /** Durations of PerformanceObserver 'longtask' entries (tasks over 50 ms), ms. */
  longTasks: number[];
  /** How late each heartbeat fired against its schedule, ms. */
  heartbeatDelays: number[];
  /** When each face reached the canvas, ms (page clock). */
  frameTimes: number[];
  /** What each face cost in the engine: inference and read-back, ms. */
  engineMs: number[];
  /** From the first input to the last face, ms. */
  elapsedMs: number;
}

export interface ResponsivenessRow {
  engine: string;
  scenario: string;
  /** 0 when no task reached 50 ms, the browser's long-task threshold. */
  longestTaskMs: number;
  heartbeatP95Ms: number;
  heartbeatWorstMs: number;
  frames: number;
  /** Median inference + read-back per face in the engine. */
  engineMs: number | null;
  elapsedMs: number;
}

export function summarizeResponsiveness(engine: string, scenario: string, record: ResponsivenessRecord): ResponsivenessRow {
  return {
    engine,
    scenario,
    longestTaskMs: Math.max(0, ...record.longTasks),
    heartbeatP95Ms: record.heartbeatDelays.length ? percentile(record.heartbeatDelays, 95) : NaN,
    heartbeatWorstMs: Math.max(0, ...record.heartbeatDelays),
    frames: record.frameTimes.length,
    engineMs: record.engineMs.length ? median(record.engineMs) : null,
    elapsedMs: record.elapsedMs,
  };
}

const ms = (value: number | null) => (value === null || Number.isNaN(value) ? '–' : String(Math.round(value)));

export function formatResponsivenessTable(rows: readonly ResponsivenessRow[]): string {
  const lines = [
    '| engine | scenario | longest main-thread task ms | heartbeat p95 delay ms | heartbeat worst delay ms | faces | median ms per face (engine) | elapsed ms |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    const longest = r.longestTaskMs === 0 ? '< 50' : ms(r.longestTaskMs);
    lines.push(
      `| ${r.engine} | ${r.scenario} | ${longest} | ${ms(r.heartbeatP95Ms)} | ${ms(r.heartbeatWorstMs)} | ${r.frames} | ${ms(r.engineMs)} | ${ms(r.elapsedMs)} |`,
    );
  }
  return lines.join('\n');
}
