import { describe, expect, it } from 'vitest';
import { DeviceLimits } from './deviceLimits.svelte';

/** A localStorage stand-in. */
function memoryStore(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), items };
}

describe('DeviceLimits', () => {
  it('on a low-end device starts without offline use, with the notice up', () => {
    const limits = new DeviceLimits({ deviceMemory: 2 }, memoryStore());
    expect(limits.lowEnd).toBe(true);
    expect(limits.memoryGb).toBe(2);
    expect(limits.offline).toBe(false);
    expect(limits.noticeShown).toBe(true);
  });

  it('elsewhere keeps the site for offline use and shows no notice', () => {
    const limits = new DeviceLimits({ deviceMemory: 8 }, memoryStore());
    expect(limits.offline).toBe(true);
    expect(limits.noticeShown).toBe(false);
  });

  it('remembers the switch, and a remembered choice wins over the default', () => {
    const store = memoryStore();
    new DeviceLimits({ saveData: true }, store).setOffline(true);
    expect(store.items.get('face-explorer:offline')).toBe('1');
    expect(new DeviceLimits({ saveData: true }, store).offline).toBe(true);
    expect(new DeviceLimits({}, memoryStore({ 'face-explorer:offline': '0' })).offline).toBe(false);
  });

  it('works where the browser gives no storage', () => {
    const limits = new DeviceLimits({ deviceMemory: 1 }, null);
    limits.setOffline(true);
    expect(limits.offline).toBe(true);
  });
});
