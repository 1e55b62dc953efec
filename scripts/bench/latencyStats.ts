/**
 * Input-to-frame latency from one slider burst (scripts/bench/bench-latency.ts). An event's latency
 * runs from when it was due (a real input event would have been queued then, even while the
 * page was busy) to the first frame on screen that shows a state at least that new.
 */
import { median, percentile } from './benchStats';

export interface BurstEvent {
  /** When the event was due, ms (page clock). */
  dueAt: number;
  /** The engine's request number after this event's input handler ran; null if never dispatched. */
  seq: number | null;
}

export interface DrawnFrame {
  /** The request the frame showed. */
  seq: number;
  /** When the face reached the canvas. */
  drawnAt: number;
}

export interface BurstRecord {
  events: BurstEvent[];
  frames: DrawnFrame[];
  /** requestAnimationFrame times: a canvas change is on screen from the next one on. */
  paints: number[];
  /** When recording stopped; events not shown by then are counted as censored. */
  endedAt: number;
}

export interface ShownFrame {
  seq: number;
  shownAt: number;
}

/** Frames that reached the screen: a frame overdrawn before the next paint never did. */
export function shownFrames(frames: readonly DrawnFrame[], paints: readonly number[]): ShownFrame[] {
  const shown: ShownFrame[] = [];
  frames.forEach((frame, i) => {
    const paint = paints.find((p) => p >= frame.drawnAt);
    if (paint === undefined) return;
    const next = frames[i + 1];
    if (next && next.drawnAt <= paint) return;
    shown.push({ seq: frame.seq, shownAt: paint });
  });
  return shown;
}

export interface LatencySummary {
  events: number;
  requests: number;
  framesComputed: number;
  framesShown: number;
  /** Per event, ms; a censored event contributes its lower bound (endedAt − dueAt). */
  latencies: number[];
  censored: number;
  medianMs: number;
  p95Ms: number;
  /** True when a percentile falls on a censored event, so it is only a lower bound. */
  medianIsLowerBound: boolean;
  p95IsLowerBound: boolean;
  /** The longest time without a paint: how long the page was frozen. */
  longestPaintGapMs: number;
}

export function summarize(record: BurstRecord): LatencySummary {
  const shown = shownFrames(record.frames, record.paints);
  let censored = 0;
  const latencies = record.events.map((event) => {
    const seq = event.seq;
    const frame = seq === null ? undefined : shown.find((f) => f.seq >= seq);
    if (frame) return frame.shownAt - event.dueAt;
    censored++;
    return record.endedAt - event.dueAt;
  });
  const n = latencies.length;
  const seqs = record.events.flatMap((e) => (e.seq === null ? [] : [e.seq]));
  return {
    events: n,
    requests: seqs.length ? Math.max(...seqs) - Math.min(...seqs) + 1 : 0,
    framesComputed: record.frames.length,
    framesShown: shown.length,
    latencies,
    censored,
    medianMs: n ? median(latencies) : NaN,
    p95Ms: n ? percentile(latencies, 95) : NaN,
    // Censored events are the last ones, whose latencies are the largest.
    medianIsLowerBound: censored > 0 && censored >= n / 2,
    p95IsLowerBound: censored > 0 && censored >= n * 0.05,
    longestPaintGapMs: Math.max(0, ...[...record.paints, record.endedAt].slice(1).map((p, i) => p - (record.paints[i] ?? p))),
  };
}

export interface LatencyRow extends LatencySummary {
  loop: string;
  tensorsBefore: number;
  tensorsAfter: number;
}

export function formatLatencyTable(rows: readonly LatencyRow[]): string {
  const ms = (v: number, lowerBound: boolean) => (Number.isNaN(v) ? '–' : `${lowerBound ? '≥ ' : ''}${v.toFixed(0)}`);
  const lines = [
    '| loop | events | requests | frames computed | frames shown | median ms | p95 ms | not shown by the end | longest freeze ms | tensors before → after |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.loop} | ${r.events} | ${r.requests} | ${r.framesComputed} | ${r.framesShown} | ${ms(r.medianMs, r.medianIsLowerBound)} | ` +
        `${ms(r.p95Ms, r.p95IsLowerBound)} | ${r.censored} | ${r.longestPaintGapMs.toFixed(0)} | ${r.tensorsBefore} → ${Number.isNaN(r.tensorsAfter) ? 'still drawing' : r.tensorsAfter} |`,
    );
  }
  return lines.join('\n');
}
