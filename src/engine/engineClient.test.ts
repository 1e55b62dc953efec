import { describe, expect, it } from 'vitest';
import { chooseEngineThread } from './engineClient';

const full = { worker: true, offscreenCanvas: true, safari: false };

describe('where the engine runs', () => {
  it('runs in its worker where it can, and says by message why not, for the status line', () => {
    expect(chooseEngineThread(null, full)).toEqual({ thread: 'worker', reason: null });
    expect(chooseEngineThread(null, { ...full, worker: false })).toEqual({ thread: 'page', reason: { key: 'engine.thread.noWorkers' } });
    expect(chooseEngineThread(null, { ...full, offscreenCanvas: false })).toEqual({
      thread: 'page',
      reason: { key: 'engine.thread.noOffscreenCanvas' },
    });
    expect(chooseEngineThread(null, { ...full, safari: true })).toEqual({ thread: 'page', reason: { key: 'engine.thread.safari' } });
    // A forced choice needs no reason.
    expect(chooseEngineThread('page', full)).toEqual({ thread: 'page', reason: null });
  });
});
