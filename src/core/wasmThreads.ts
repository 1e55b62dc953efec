/**
 * How many threads the WASM backend gets. tfjs's threaded SIMD build runs only where the engine
 * is cross-origin isolated (SharedArrayBuffer), and only in the engine's worker: its threads are
 * workers started from a blob: URL, which the page's Content-Security-Policy (worker-src 'self')
 * refuses, and a page's main thread may not block on them. Left to itself, tfjs uses half the
 * cores. Here it gets every core: on this project's 2-core VM, quiet
 * (scripts/bench/bench-wasm-threads.ts, models/wasm-threads.json), two threads drew a face 1.56×
 * faster than one, the gallery 2.3× and the audit 1.83×, and the page had no task over 50 ms; the
 * page's own work is small while the engine draws (it paints and answers input).
 */
import type { Message } from '../i18n/catalogue';

/** tfjs's threaded build starts a pool of 8 workers; more threads would start more while drawing. */
export const MAX_WASM_THREADS = 8;

export interface WasmThreadContext {
  /** globalThis.crossOriginIsolated where the engine runs. */
  isolated: boolean;
  /** The engine runs in its worker, not on the page. */
  inWorker: boolean;
  /** navigator.hardwareConcurrency (0 or missing when the browser does not say). */
  cores: number;
}

export interface WasmThreadChoice {
  threads: number;
  /** Why only one thread, for the status line; null when threads run. */
  why: Message | null;
}

/** Accepts a thread count from a link: a whole number from 1 to MAX_WASM_THREADS. */
export function isWasmThreadCount(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= MAX_WASM_THREADS;
}

/** Every core (at most MAX_WASM_THREADS), or the count a link forces, where threads can run. */
export function chooseWasmThreads(forced: number | null, context: WasmThreadContext): WasmThreadChoice {
  if (!context.isolated) return { threads: 1, why: { key: 'status.why.notIsolated' } };
  if (!context.inWorker) return { threads: 1, why: { key: 'status.why.needWorker' } };
  if (forced !== null) return { threads: Math.min(MAX_WASM_THREADS, Math.max(1, Math.round(forced))), why: null };
  const cores = Number.isFinite(context.cores) && context.cores >= 1 ? Math.floor(context.cores) : 1;
  if (cores === 1) return { threads: 1, why: { key: 'status.why.oneCore' } };
  return { threads: Math.min(MAX_WASM_THREADS, cores), why: null };
}
