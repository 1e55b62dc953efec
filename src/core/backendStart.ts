/** Starting tfjs on the first backend that can run the model (the engine's side of core/backends.ts). */
import * as tf from '@tensorflow/tfjs-core';
import type { Message } from '../i18n/catalogue';
import type { BackendName } from './backends';

export interface BackendAttempt {
  backend: BackendName;
  /** The error's own words (a browser's, in English), for the error view when no backend starts. */
  error: string;
  /** What a notice says instead, where the app knows why in its own words. */
  reason?: Message;
}

/** tfjs answers false, with no error of its own, when a backend cannot start in this browser. */
class NotInitialised extends Error {
  constructor() {
    super('it did not initialise in this browser');
  }
}

export interface BackendStart<T> {
  backend: BackendName;
  value: T;
  /** Backends tried before this one and why each failed, for a visible notice. */
  failures: BackendAttempt[];
}

/**
 * Switches tfjs to each backend in turn until `start` succeeds on one. `start` should do real
 * work (build the model and run a face): a backend can initialise and still fail on the model.
 * `register` brings a backend's package in first (the app imports each one when it is tried).
 */
export async function startFirstWorkingBackend<T>(
  order: readonly BackendName[],
  start: (backend: BackendName) => Promise<T>,
  register: (backend: BackendName) => Promise<unknown> = async () => {},
): Promise<BackendStart<T>> {
  const failures: BackendAttempt[] = [];
  for (const backend of order) {
    try {
      await register(backend);
      const ok = await tf.setBackend(backend);
      if (!ok) throw new NotInitialised();
      await tf.ready();
      return { backend, value: await start(backend), failures };
    } catch (error) {
      const attempt: BackendAttempt = { backend, error: error instanceof Error ? error.message : String(error) };
      if (error instanceof NotInitialised) attempt.reason = { key: 'engine.notInitialised' };
      failures.push(attempt);
      if (tf.findBackend(backend)) tf.removeBackend(backend);
    }
  }
  throw new Error(`No backend could run the model: ${failures.map((f) => `${f.backend} (${f.error})`).join('; ')}`);
}

/** A forced backend that could not start, for a notice; null when it started or none was forced. */
export function forcedBackendNotice(backend: BackendName, forced: BackendName | null, failures: readonly BackendAttempt[]): Message | null {
  if (!forced || backend === forced) return null;
  const failure = failures.find((f) => f.backend === forced);
  const why = failure?.reason ?? failure?.error ?? { key: 'engine.unknownReason' };
  return { key: 'engine.forcedFailed', params: { forced, why, backend } };
}
