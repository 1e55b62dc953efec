/**
 * Each backend's tfjs package, imported the first time that backend is tried: a visitor
 * downloads the backends its start tries (300–370 KB of script each for the GPU ones), not all
 * four before the first face.
 */
import type { BackendName } from '../core/backends';

/** What a backend needs to know before it starts. */
export interface BackendSetup {
  /** The WASM backend's thread count (src/core/wasmThreads.ts). */
  wasmThreads: number;
}

const IMPORTS: Record<BackendName, (setup: BackendSetup) => Promise<unknown>> = {
  webgpu: () => import('@tensorflow/tfjs-backend-webgpu'),
  webgl: () => import('@tensorflow/tfjs-backend-webgl'),
  // wasmPaths.ts brings the backend, points it at the binaries the site ships and sets its threads.
  wasm: (setup) => import('./wasmPaths').then((m) => m.serveWasmFromSite(setup.wasmThreads)),
  cpu: () => import('@tensorflow/tfjs-backend-cpu'),
};

const imported = new Map<BackendName, Promise<unknown>>();

/** Registers a backend with tfjs (once: the first setup holds); a failed import is tried again next time. */
export function importBackend(backend: BackendName, setup: BackendSetup): Promise<unknown> {
  let pending = imported.get(backend);
  if (!pending) {
    pending = IMPORTS[backend](setup);
    pending.catch(() => imported.delete(backend));
    imported.set(backend, pending);
  }
  return pending;
}

/** The started WASM backend's thread count. */
export function wasmThreadsInUse(): Promise<number> {
  return import('./wasmPaths').then((m) => m.wasmThreadsInUse());
}
