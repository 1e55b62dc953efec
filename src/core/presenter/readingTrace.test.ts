import { describe, expect, it } from 'vitest';
import { MISSED_FACE } from '../measure/faceMeasurer';
import { readingSpec } from '../measure/readings';
import { fakeFace } from '../measure/sweepFixtures';
import type { FrameState } from './frameState';
import { addToTrace, EMPTY_TRACE, traceKey, tracePolyline, TRACE_CAPACITY } from './readingTrace';

const played = (smiling: number, seed = 1, male = 50): FrameState => ({ seed, sliders: { smiling, male }, locked: [], playing: 'smiling' });

describe('addToTrace', () => {
  it('adds a point per played frame with every reading', () => {
    let trace = addToTrace(EMPTY_TRACE, 10, played(60), fakeFace({ pMale: 0.5 }));
    trace = addToTrace(trace, 12, played(90), fakeFace({ pMale: 0.3 }));
    expect(trace.points.map((p) => [p.frame, p.slider, p.values.pMale])).toEqual([
      [10, 60, 0.5],
      [12, 90, 0.3],
    ]);
  });

  it('ignores frames Play did not draw', () => {
    const trace = addToTrace(EMPTY_TRACE, 10, { ...played(60), playing: null }, fakeFace());
    expect(trace).toBe(EMPTY_TRACE);
  });

  it('starts over for another face, slider or setting of the other sliders', () => {
    const first = addToTrace(EMPTY_TRACE, 1, played(60), fakeFace());
    expect(addToTrace(first, 2, played(70, 2), fakeFace()).points).toHaveLength(1);
    expect(addToTrace(first, 2, played(70, 1, 80), fakeFace()).points).toHaveLength(1);
    expect(addToTrace(first, 2, played(70), fakeFace()).points).toHaveLength(2);
    expect(traceKey(played(10), 'smiling')).toBe(traceKey(played(95), 'smiling'));
  });

  it('keeps a missed face as a frame without values, and keeps at most TRACE_CAPACITY points', () => {
    expect(addToTrace(EMPTY_TRACE, 1, played(60), MISSED_FACE).points[0]!.values.age).toBeNull();
    let trace = EMPTY_TRACE;
    for (let i = 0; i < TRACE_CAPACITY + 5; i++) trace = addToTrace(trace, i, played(i % 101), fakeFace());
    expect(trace.points).toHaveLength(TRACE_CAPACITY);
    expect(trace.points[0]!.frame).toBe(5);
  });
});

describe('tracePolyline', () => {
  it('draws the slider across and the gauge range up, sorted by slider value', () => {
    let trace = addToTrace(EMPTY_TRACE, 1, played(100), fakeFace({ pMale: 0 }));
    trace = addToTrace(trace, 2, played(0), fakeFace({ pMale: 1 }));
    trace = addToTrace(trace, 3, played(50), MISSED_FACE);
    expect(tracePolyline(trace.points, readingSpec('pMale'), 200, 40)).toBe('0,0 200,40');
  });

  it('pins values outside the gauge to its edges', () => {
    const trace = addToTrace(EMPTY_TRACE, 1, played(25), fakeFace({ age: 200 }));
    expect(tracePolyline(trace.points, readingSpec('age'), 100, 10)).toBe('25,0');
  });
});
