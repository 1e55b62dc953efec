import { describe, expect, it } from 'vitest';
import { lowEndReasons, offlineUseOn, readDeviceHints } from './lowEndDevice';

describe('lowEndReasons', () => {
  it('names 4 GB of memory or less, and a request to save data', () => {
    expect(lowEndReasons({ deviceMemory: 4 })).toEqual(['memory']);
    expect(lowEndReasons({ deviceMemory: 0.5, saveData: true })).toEqual(['memory', 'save-data']);
    expect(lowEndReasons({ deviceMemory: 8, saveData: true })).toEqual(['save-data']);
  });

  it('finds nothing on a device with more memory, or one that does not say', () => {
    expect(lowEndReasons({ deviceMemory: 8, saveData: false })).toEqual([]);
    expect(lowEndReasons({})).toEqual([]);
  });
});

describe('readDeviceHints', () => {
  it('reads deviceMemory and connection.saveData where the browser has them', () => {
    expect(readDeviceHints({ deviceMemory: 2, connection: { saveData: true } })).toEqual({ deviceMemory: 2, saveData: true });
  });

  it('leaves out what is missing or malformed', () => {
    expect(readDeviceHints({})).toEqual({});
    expect(readDeviceHints(undefined)).toEqual({});
    expect(readDeviceHints({ deviceMemory: 'lots', connection: {} })).toEqual({});
  });
});

describe('offlineUseOn', () => {
  it('is off by default on a low-end device and on elsewhere', () => {
    expect(offlineUseOn(['memory'], null)).toBe(false);
    expect(offlineUseOn(['save-data'], null)).toBe(false);
    expect(offlineUseOn([], null)).toBe(true);
  });

  it('follows the user once they choose', () => {
    expect(offlineUseOn(['memory'], true)).toBe(true);
    expect(offlineUseOn([], false)).toBe(false);
  });
});
