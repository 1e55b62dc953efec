import { describe, expect, it } from 'vitest';
import { formatLatencyTable, shownFrames, summarize } from './latencyStats';

describe('shownFrames', () => {
  it('puts each frame on screen at the next paint and drops frames overdrawn before it', () => {
    const frames = [
      { seq: 1, drawnAt: 10 },
      { seq: 2, drawnAt: 20 },
      { seq: 3, drawnAt: 25 },
      { seq: 4, drawnAt: 60 },
    ];
    expect(shownFrames(frames, [0, 16, 32, 48, 64])).toEqual([
      { seq: 1, shownAt: 16 },
      { seq: 3, shownAt: 32 },
      { seq: 4, shownAt: 64 },
    ]);
  });

  it('leaves out a frame with no paint after it', () => {
    expect(shownFrames([{ seq: 1, drawnAt: 70 }], [0, 64])).toEqual([]);
  });
});

describe('summarize', () => {
  it('measures from when each event was due to the first shown frame at least as new', () => {
    const summary = summarize({
      events: [
        { dueAt: 0, seq: 1 },
        { dueAt: 10, seq: 2 },
        { dueAt: 20, seq: 3 },
      ],
      frames: [
        { seq: 1, drawnAt: 30 },
        { seq: 3, drawnAt: 70 },
      ],
      paints: [32, 80],
      endedAt: 100,
    });
    expect(summary.latencies).toEqual([32, 70, 60]);
    expect(summary).toMatchObject({ events: 3, requests: 3, framesComputed: 2, framesShown: 2, censored: 0, medianMs: 60, p95Ms: 70 });
  });

  it('counts an event the page never dispatched as not shown', () => {
    const summary = summarize({
      events: [
        { dueAt: 0, seq: 1 },
        { dueAt: 10, seq: null },
      ],
      frames: [{ seq: 1, drawnAt: 5 }],
      paints: [8],
      endedAt: 100,
    });
    expect(summary).toMatchObject({ events: 2, requests: 1, censored: 1, latencies: [8, 90] });
  });

  it('counts events never shown as censored lower bounds and marks the percentiles they reach', () => {
    const summary = summarize({
      events: [
        { dueAt: 0, seq: 1 },
        { dueAt: 10, seq: 2 },
      ],
      frames: [{ seq: 1, drawnAt: 5 }],
      paints: [8],
      endedAt: 1000,
    });
    expect(summary.latencies).toEqual([8, 990]);
    expect(summary.censored).toBe(1);
    expect(summary.medianIsLowerBound).toBe(true);
    expect(summary.p95IsLowerBound).toBe(true);
    expect(summary.longestPaintGapMs).toBe(992);
  });
});

describe('formatLatencyTable', () => {
  it('prints one row per loop with lower bounds marked', () => {
    const row = {
      ...summarize({ events: [{ dueAt: 0, seq: 1 }], frames: [], paints: [], endedAt: 500 }),
      loop: 'naive',
      tensorsBefore: 10,
      tensorsAfter: 10,
    };
    const table = formatLatencyTable([row]);
    expect(table.split('\n')).toHaveLength(3);
    expect(table).toContain('| naive | 1 | 1 | 0 | 0 | ≥ 500 | ≥ 500 | 1 | 0 | 10 → 10 |');
  });
});
