/** Starting tfjs on the first backend that can run the model (the engine's side of core/backends.ts). */
import * as tf from '@tensorflow/tfjs-core';
import type { BackendName } from './backends';

export interface BackendAttempt {
  backend: BackendName;
  error: string;
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
      if (!ok) throw new Error('it did not initialise in this browser');
      await tf.ready();
      return { backend, value: await start(backend), failures };
    } catch (error) {
      failures.push({ backend, error: error instanceof Error ? error.message : String(error) });
      if (tf.findBackend(backend)) tf.removeBackend(backend);
    }
  }
  throw new Error(`No backend could run the model: ${failures.map((f) => `${f.backend} (${f.error})`).join('; ')}`);
}
