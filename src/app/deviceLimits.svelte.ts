/**
 * What this device can afford (core/lowEndDevice.ts): on a low-end one, HD and the offline
 * precache start off, a notice says so, and its switches turn them on. The offline choice is
 * kept in localStorage, as the service worker outlives one page; HD's is the link's `hd=`.
 */
import { lowEndReasons, offlineUseOn, readDeviceHints, type DeviceHints, type LowEndReason } from '../core/lowEndDevice';
import { forgetServiceWorker, registerServiceWorker } from './serviceWorker';

const OFFLINE_CHOICE_KEY = 'face-explorer:offline';

/** localStorage, where the browser lets the page have it (private modes and tests may not). */
function choiceStore(): Pick<Storage, 'getItem' | 'setItem'> | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export class DeviceLimits {
  readonly reasons: readonly LowEndReason[];
  readonly memoryGb: number | null;
  /** Whether the site is kept for offline use (the service worker and its precache). */
  offline = $state(true);
  /** The notice is up until the user dismisses it. */
  noticeShown = $state(false);
  private firstFaceShown = false;

  constructor(
    hints: DeviceHints,
    private readonly store = choiceStore(),
  ) {
    this.reasons = lowEndReasons(hints);
    this.memoryGb = hints.deviceMemory ?? null;
    const stored = store?.getItem(OFFLINE_CHOICE_KEY);
    this.offline = offlineUseOn(this.reasons, stored === '1' ? true : stored === '0' ? false : null);
    this.noticeShown = this.lowEnd;
  }

  get lowEnd(): boolean {
    return this.reasons.length > 0;
  }

  /** main.ts calls this once the first face is up: what may wait until then, waits. */
  firstFace(): void {
    this.firstFaceShown = true;
    if (this.offline) registerServiceWorker();
  }

  setOffline(on: boolean): void {
    this.offline = on;
    this.store?.setItem(OFFLINE_CHOICE_KEY, on ? '1' : '0');
    if (!this.firstFaceShown) return;
    if (on) registerServiceWorker();
    else void forgetServiceWorker();
  }
}

export const deviceLimits = new DeviceLimits(readDeviceHints(typeof navigator === 'undefined' ? undefined : navigator));
