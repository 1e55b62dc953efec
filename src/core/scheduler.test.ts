import { describe, expect, it } from 'vitest';
import { LatestWinsScheduler } from './scheduler';

function deferredJob() {
  const started: number[] = [];
  const finishers: Array<() => void> = [];
  const job = (state: number) => {
    started.push(state);
    return new Promise<void>((resolve) => finishers.push(resolve));
  };
  const finishNext = async () => {
    finishers.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { started, job, finishNext };
}

describe('LatestWinsScheduler', () => {
  it('runs one job at a time and skips states superseded while waiting', async () => {
    const { started, job, finishNext } = deferredJob();
    const scheduler = new LatestWinsScheduler(job);
    scheduler.request(1);
    scheduler.request(2);
    scheduler.request(3);
    scheduler.request(4);
    expect(started).toEqual([1]);
    await finishNext();
    expect(started).toEqual([1, 4]);
    await finishNext();
    await scheduler.idle();
    expect(started).toEqual([1, 4]);
    expect(scheduler.requested).toBe(4);
    expect(scheduler.started).toBe(2);
  });

  it('reports busy from the first request until the latest state is done', async () => {
    const { job, finishNext } = deferredJob();
    const busy: boolean[] = [];
    const scheduler = new LatestWinsScheduler(job, { onBusy: (b) => busy.push(b) });
    scheduler.request(1);
    scheduler.request(2);
    await finishNext();
    expect(busy).toEqual([true]);
    await finishNext();
    expect(busy).toEqual([true, false]);
    expect(scheduler.busy).toBe(false);
  });

  it('keeps serving after a job fails', async () => {
    const errors: unknown[] = [];
    const done: number[] = [];
    const scheduler = new LatestWinsScheduler<number>(
      async (s) => {
        if (s === 1) throw new Error('boom');
        done.push(s);
      },
      { onError: (e) => errors.push(e) },
    );
    scheduler.request(1);
    await scheduler.idle();
    scheduler.request(2);
    await scheduler.idle();
    expect(errors).toHaveLength(1);
    expect(done).toEqual([2]);
  });

  it('waits before each job, so requests made meanwhile coalesce into the latest', async () => {
    const started: number[] = [];
    let release: () => void = () => {};
    const scheduler = new LatestWinsScheduler<number>(async (s) => void started.push(s), {
      beforeJob: () => new Promise<void>((resolve) => (release = resolve)),
    });
    scheduler.request(1);
    scheduler.request(2);
    scheduler.request(3);
    expect(started).toEqual([]);
    release();
    await scheduler.idle();
    expect(started).toEqual([3]);
  });
});
