/**
 * Each backend's tfjs package, imported the first time that backend is tried: a visitor
 * downloads the backends its start tries (300–370 KB of script each for the GPU ones), not all
 * four before the first face.
 */
import type { BackendName } from '../core/backends';

const IMPORTS: Record<BackendName, () => Promise<unknown>> = {
  webgpu: () => import('@tensorflow/tfjs-backend-webgpu'),
  webgl: () => import('@tensorflow/tfjs-backend-webgl'),
  // wasmPaths.ts brings the backend and points it at the binaries the site ships.
  wasm: () => import('./wasmPaths').then((m) => m.serveWasmFromSite()),
  cpu: () => import('@tensorflow/tfjs-backend-cpu'),
};

const imported = new Map<BackendName, Promise<unknown>>();

/** Registers a backend with tfjs (once); a failed import is tried again next time. */
export function importBackend(backend: BackendName): Promise<unknown> {
  let pending = imported.get(backend);
  if (!pending) {
    pending = IMPORTS[backend]();
    pending.catch(() => imported.delete(backend));
    imported.set(backend, pending);
  }
  return pending;
}
