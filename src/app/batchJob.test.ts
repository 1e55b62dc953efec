/**
 * The batch-job store against a fake driver: progress, Cancel after the batch in hand, Continue
 * from where it stopped, a failing batch, a new run over an old one, and when it yields to the page.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BatchJob, type BatchDriver, type BatchPlan } from './batchJob.svelte';

const plan = (n: number, from = 0): BatchPlan<number> => ({ items: Array.from({ length: n }, (_, i) => from + i) });

/** Squares each item; `during(call, batch)` runs inside each call, before it resolves. */
function driver(during: (call: number, batch: readonly number[]) => void = () => {}, batchSize = 3, thread = 'worker') {
  const batches: number[][] = [];
  const d: BatchDriver<number, number> = {
    batchSize,
    thread,
    measure: async (batch) => {
      batches.push([...batch]);
      during(batches.length, batch);
      await Promise.resolve();
      return batch.map((x) => x * x);
    },
  };
  return { d, batches };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('BatchJob', () => {
  it('measures every item in batches and counts progress up', async () => {
    const job = new BatchJob<number, number>();
    const seen: [string, number, number][] = [];
    const { d, batches } = driver(() => seen.push([job.status, job.done, job.total]));
    await job.run(plan(8), d);
    expect(batches).toEqual([
      [0, 1, 2],
      [3, 4, 5],
      [6, 7],
    ]);
    expect(seen).toEqual([
      ['running', 0, 8],
      ['running', 3, 8],
      ['running', 6, 8],
    ]);
    expect(job.status).toBe('done');
    expect(job.results).toEqual([0, 1, 4, 9, 16, 25, 36, 49]);
    expect(job.rate).toBeGreaterThan(0);
    expect(job.canContinue).toBe(false);
  });

  it('says how many minutes are left at the rate so far', async () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const job = new BatchJob<number, number>();
    const left: (number | null)[] = [];
    const { d } = driver(() => {
      left.push(job.minutesLeft);
      now += 60_000;
    }, 2);
    await job.run(plan(10), d);
    // Two faces a minute: 8 left after the first batch, then 6, 4, 2.
    expect(left).toEqual([null, 4, 3, 2, 1]);
    expect(job.rate).toBeCloseTo(2);
    expect(job.minutesLeft).toBeNull();
  });

  it('stops after the batch in hand when cancelled and keeps what was measured', async () => {
    const job = new BatchJob<number, number>();
    const { d, batches } = driver((call) => {
      if (call === 2) {
        job.cancel();
        expect(job.status).toBe('cancelling');
      }
    });
    await job.run(plan(10), d);
    expect(job.status).toBe('cancelled');
    expect(batches).toHaveLength(2);
    expect(job.results).toEqual([0, 1, 4, 9, 16, 25]);
    expect(job.canContinue).toBe(true);
  });

  it('continues a cancelled job from where it stopped, without measuring a face twice', async () => {
    const job = new BatchJob<number, number>();
    await job.run(plan(10), driver((call) => call === 1 && job.cancel()).d);
    expect(job.done).toBe(3);
    const rest = driver(() => {}, 4);
    await job.continue(rest.d);
    expect(rest.batches).toEqual([
      [3, 4, 5, 6],
      [7, 8, 9],
    ]);
    expect(job.status).toBe('done');
    expect(job.results).toEqual(plan(10).items.map((x) => x * x));
    // Nothing left: a second Continue does nothing.
    await job.continue(rest.d);
    expect(rest.batches).toHaveLength(2);
  });

  it('fails on a batch that fails, with its message, keeping the batches before it', async () => {
    const job = new BatchJob<number, number>();
    const { d } = driver((call) => {
      if (call === 2) throw new Error('the webgl backend failed');
    });
    await job.run(plan(10), d);
    expect(job.status).toBe('failed');
    expect(job.error).toBe('the webgl backend failed');
    expect(job.results).toEqual([0, 1, 4]);
    expect(job.canContinue).toBe(true);
    await job.continue(driver().d);
    expect(job.status).toBe('done');
    expect(job.error).toBeNull();
    expect(job.results).toHaveLength(10);
  });

  it('fails when the driver returns the wrong number of results', async () => {
    const job = new BatchJob<number, number>();
    await job.run(plan(4), { batchSize: 2, thread: 'worker', measure: async () => [1] });
    expect(job.status).toBe('failed');
    expect(job.error).toBe('1 results came back for 2 faces');
    expect(job.done).toBe(0);
  });

  it('replaces a running job with a new run, which discards the old results', async () => {
    const job = new BatchJob<number, number, BatchPlan<number> & { name: string }>();
    let second: Promise<void> | null = null;
    const old = driver((call) => {
      if (call !== 2) return;
      second = job.run({ ...plan(4, 100), name: 'new' }, fresh.d);
      expect(job.status).toBe('cancelling');
    });
    const fresh = driver();
    await job.run({ ...plan(10), name: 'old' }, old.d);
    // The old run stops after the batch in hand.
    expect(old.batches).toHaveLength(2);
    await second;
    expect(job.plan?.name).toBe('new');
    expect(fresh.batches).toEqual([[100, 101, 102], [103]]);
    expect(job.results).toEqual([10000, 10201, 10404, 10609]);
    expect(job.status).toBe('done');
  });

  it('yields to the page between batches only when the engine runs on the page', async () => {
    const frame = vi.fn((callback: FrameRequestCallback) => setTimeout(() => callback(0), 0));
    vi.stubGlobal('requestAnimationFrame', frame);
    await new BatchJob<number, number>().run(plan(6), driver(() => {}, 2, 'worker').d);
    expect(frame).not.toHaveBeenCalled();
    await new BatchJob<number, number>().run(plan(6), driver(() => {}, 2, 'page').d);
    expect(frame).toHaveBeenCalledTimes(3);
  });
});
