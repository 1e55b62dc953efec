import { describe, expect, it } from 'vitest';
import { chooseWasmThreads, isWasmThreadCount, MAX_WASM_THREADS } from './wasmThreads';

const isolatedWorker = { isolated: true, inWorker: true };

describe('chooseWasmThreads', () => {
  it('uses every core in an isolated worker, not tfjs’s half', () => {
    expect(chooseWasmThreads(null, { ...isolatedWorker, cores: 6 })).toEqual({ threads: 6, why: null });
    expect(chooseWasmThreads(null, { ...isolatedWorker, cores: 2 })).toEqual({ threads: 2, why: null });
    expect(chooseWasmThreads(null, { ...isolatedWorker, cores: 1 })).toEqual({ threads: 1, why: { key: 'status.why.oneCore' } });
  });

  it('stops at the size of tfjs’s worker pool', () => {
    expect(chooseWasmThreads(null, { ...isolatedWorker, cores: 32 }).threads).toBe(MAX_WASM_THREADS);
  });

  it('takes one thread when the browser does not say how many cores it has', () => {
    expect(chooseWasmThreads(null, { ...isolatedWorker, cores: 0 })).toEqual({ threads: 1, why: { key: 'status.why.oneCore' } });
    expect(chooseWasmThreads(null, { ...isolatedWorker, cores: NaN }).threads).toBe(1);
  });

  it('a link’s count wins, within 1 to the pool size', () => {
    expect(chooseWasmThreads(1, { ...isolatedWorker, cores: 4 })).toEqual({ threads: 1, why: null });
    expect(chooseWasmThreads(3, { ...isolatedWorker, cores: 2 })).toEqual({ threads: 3, why: null });
    expect(chooseWasmThreads(99, { ...isolatedWorker, cores: 2 }).threads).toBe(MAX_WASM_THREADS);
  });

  it('one thread, with the reason, without isolation or outside the worker, whatever the link asks', () => {
    expect(chooseWasmThreads(4, { isolated: false, inWorker: true, cores: 8 })).toEqual({
      threads: 1,
      why: { key: 'status.why.notIsolated' },
    });
    expect(chooseWasmThreads(null, { isolated: true, inWorker: false, cores: 8 })).toEqual({
      threads: 1,
      why: { key: 'status.why.needWorker' },
    });
  });
});

describe('isWasmThreadCount', () => {
  it('accepts whole numbers from 1 to the pool size', () => {
    expect([1, 2, MAX_WASM_THREADS].every(isWasmThreadCount)).toBe(true);
    expect([0, -1, 1.5, MAX_WASM_THREADS + 1, NaN].some(isWasmThreadCount)).toBe(false);
  });
});
