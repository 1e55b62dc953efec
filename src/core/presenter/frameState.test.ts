import { describe, expect, it } from 'vitest';
import { FrameLedger, isNeutral, movedSliders, type FrameState } from './frameState';

const state = (seed: number, smiling = 50): FrameState => ({ seed, sliders: { smiling, male: 50 }, locked: [], playing: null });

describe('FrameLedger', () => {
  it('remembers the state each frame was asked for', () => {
    const ledger = new FrameLedger();
    ledger.record(3, state(1, 70));
    ledger.record(4, state(2));
    expect(ledger.stateOf(3)).toEqual(state(1, 70));
    expect(ledger.stateOf(4)?.seed).toBe(2);
    expect(ledger.stateOf(5)).toBeNull();
  });

  it('forgets the oldest frames beyond its capacity', () => {
    const ledger = new FrameLedger(2);
    for (const seq of [1, 2, 3]) ledger.record(seq, state(seq));
    expect(ledger.stateOf(1)).toBeNull();
    expect(ledger.stateOf(3)?.seed).toBe(3);
  });
});

describe('slider helpers', () => {
  it('tells the face as generated and which sliders moved', () => {
    expect(isNeutral({ smiling: 50, male: 50 })).toBe(true);
    expect(isNeutral({ smiling: 51, male: 50 })).toBe(false);
    expect([...movedSliders({ smiling: 20, male: 50, young: 100 })]).toEqual(['smiling', 'young']);
  });
});
