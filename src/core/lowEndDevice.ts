/**
 * Low-end devices: a classroom's cheap tablets and phones on a shared, metered link. On a device
 * that reports 4 GB of memory or less (navigator.deviceMemory), or a browser that asks to save
 * data (navigator.connection.saveData), the extras that cost memory or megabytes are off until
 * the user turns them on: HD faces (an upscaler network and 512 px frames) and the service
 * worker's precache (several MB fetched once the first face is up).
 */

/** What the browser tells about the device; each is missing where the browser does not say. */
export interface DeviceHints {
  /** Approximate memory in GB (Chromium rounds it and reports at most 8). */
  deviceMemory?: number;
  saveData?: boolean;
}

export const LOW_MEMORY_GB = 4;

export type LowEndReason = 'memory' | 'save-data';

/** The browser's hints, read from a navigator (typed loosely: neither field is in every browser). */
export function readDeviceHints(nav: unknown): DeviceHints {
  const n = (nav ?? {}) as { deviceMemory?: unknown; connection?: { saveData?: unknown } };
  const hints: DeviceHints = {};
  if (typeof n.deviceMemory === 'number' && Number.isFinite(n.deviceMemory)) hints.deviceMemory = n.deviceMemory;
  if (typeof n.connection?.saveData === 'boolean') hints.saveData = n.connection.saveData;
  return hints;
}

/** Why the heavy extras start off on this device; empty when they start on. */
export function lowEndReasons(hints: DeviceHints): LowEndReason[] {
  const reasons: LowEndReason[] = [];
  if (hints.deviceMemory !== undefined && hints.deviceMemory <= LOW_MEMORY_GB) reasons.push('memory');
  if (hints.saveData === true) reasons.push('save-data');
  return reasons;
}

/** Whether the site is kept for offline use: the user's own choice if made, else off on a low-end device. */
export function offlineUseOn(reasons: readonly LowEndReason[], chosen: boolean | null): boolean {
  return chosen ?? reasons.length === 0;
}
