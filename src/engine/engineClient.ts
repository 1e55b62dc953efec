/**
 * The page's handle on the face engine: in a module worker where the browser can run tfjs there,
 * else on the page itself. Either way the page gets the same FaceEngineApi.
 */
import * as Comlink from 'comlink';
import type { Message } from '../i18n/catalogue';
import { engineApi, engineProbes } from './engineApi';
import type { EngineListener, EngineProbes, EngineThread, FaceEngineApi } from './protocol';

export interface ThreadSupport {
  worker: boolean;
  offscreenCanvas: boolean;
  /** Safari's tfjs WebGL needs a DOM canvas (tfjs issues #7803, #8267): on its page, WebGL beats WASM in a worker. */
  safari: boolean;
}

export function threadSupport(): ThreadSupport {
  const ua = globalThis.navigator?.userAgent ?? '';
  return {
    worker: typeof Worker !== 'undefined',
    offscreenCanvas: typeof OffscreenCanvas !== 'undefined',
    safari: /Safari\//.test(ua) && !/Chrome\/|Chromium\/|Edg\//.test(ua),
  };
}

/** Where the engine runs: a forced choice wins; else the worker, unless the browser cannot use it there. */
export function chooseEngineThread(forced: EngineThread | null, support: ThreadSupport): { thread: EngineThread; reason: Message | null } {
  if (forced) return { thread: forced, reason: null };
  if (!support.worker) return { thread: 'page', reason: { key: 'engine.thread.noWorkers' } };
  if (!support.offscreenCanvas) return { thread: 'page', reason: { key: 'engine.thread.noOffscreenCanvas' } };
  if (support.safari) return { thread: 'page', reason: { key: 'engine.thread.safari' } };
  return { thread: 'worker', reason: null };
}

/** The engine's API, plus the probes that test builds add. */
export type EngineConnection = FaceEngineApi & Partial<EngineProbes>;

export interface EngineHandle {
  thread: EngineThread;
  api: EngineConnection;
  /** Calls `onCrash` if the worker itself dies (a failed module load, out of memory). */
  onCrash(onCrash: (message: string) => void): void;
}

async function pageEngine(): Promise<EngineConnection> {
  const [{ FaceEngine }, { PAGE_ENGINE_CONFIG }] = await Promise.all([import('./faceEngine'), import('./engineConfig')]);
  if (import.meta.env.MODE === 'e2e') {
    const { instrumentEngine } = await import('../testing/engineInstrumentation');
    const { engine, probes } = instrumentEngine(PAGE_ENGINE_CONFIG);
    return { ...engineApi(engine), ...probes };
  }
  return engineApi(new FaceEngine(PAGE_ENGINE_CONFIG));
}

function workerEngine(): { api: EngineConnection; worker: Worker } {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'face-engine' });
  const remote = Comlink.wrap<FaceEngineApi & EngineProbes>(worker);
  // The listener's calls come back across the boundary as a proxy.
  const api: EngineConnection = engineApi(remote, (name, call) =>
    name === 'load' ? (...args) => call(args[0], Comlink.proxy(args[1] as EngineListener)) : call,
  );
  if (import.meta.env.MODE === 'e2e') Object.assign(api, engineProbes(remote));
  return { api, worker };
}

export async function createEngine(thread: EngineThread): Promise<EngineHandle> {
  if (thread === 'page') return { thread, api: await pageEngine(), onCrash: () => {} };
  const { api, worker } = workerEngine();
  return {
    thread,
    api,
    onCrash: (onCrash) =>
      worker.addEventListener('error', (event) => {
        // An uncaught error leaves the engine's state unknown: end the worker rather than trust it.
        worker.terminate();
        onCrash(`the face engine's worker stopped (${event.message || 'it could not be loaded'})`);
      }),
  };
}
