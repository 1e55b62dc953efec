import { env, findBackendFactory, registerBackend, removeBackend } from '@tensorflow/tfjs-core';
import { getThreadsCount, setThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import plainUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import simdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import threadedUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';

/** tfjs-backend-wasm's own priority (dist/base.js), kept when its factory is wrapped. */
const WASM_PRIORITY = 2;

/**
 * The WASM binaries ship with the site: no CDN, works offline and under a strict CSP. Before the
 * backend starts: `threads` (src/core/wasmThreads.ts) for XNNPACK's pool; with one, the plain
 * SIMD build, which starts no thread workers at all.
 */
export function serveWasmFromSite(threads: number): void {
  setWasmPaths({
    'tfjs-backend-wasm.wasm': plainUrl,
    'tfjs-backend-wasm-simd.wasm': simdUrl,
    'tfjs-backend-wasm-threaded-simd.wasm': threadedUrl,
  });
  if (threads <= 1) env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  setThreadsCount(threads);
  if (threads > 1) reportCoresWhileStarting(threads);
}

/**
 * tfjs's threaded build caps its pool at half of navigator.hardwareConcurrency, read once while
 * its module starts (init_with_threads_count in tfjs-backend-wasm's backend.cc), so
 * setThreadsCount alone cannot give a 2-core machine 2 threads. While the backend starts, and
 * only then, the engine's navigator reports twice the count asked for; the cap then lets it be.
 */
function reportCoresWhileStarting(threads: number): void {
  const factory = findBackendFactory('wasm');
  if (!factory) return;
  removeBackend('wasm');
  registerBackend(
    'wasm',
    async () => {
      Object.defineProperty(navigator, 'hardwareConcurrency', { configurable: true, get: () => 2 * threads });
      try {
        return await factory();
      } finally {
        // The own property goes; the browser's getter on the prototype shows through again.
        delete (navigator as { hardwareConcurrency?: number }).hardwareConcurrency;
      }
    },
    WASM_PRIORITY,
  );
}

/** The threads the started backend really has (1 on the single-threaded build). */
export function wasmThreadsInUse(): number {
  return getThreadsCount();
}
