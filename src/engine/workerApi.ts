/**
 * The engine as the worker exposes it: tfjs, the model and face-api live here, so inference
 * never blocks the page. Faces go back as transferred buffers (no copy) wherever the engine
 * keeps no reference to them.
 */
import * as Comlink from 'comlink';
import { FaceEngine } from './faceEngine';
import { WORKER_ENGINE_CONFIG } from './engineConfig';
import { engineApi, pixelBuffers } from './engineApi';
import type { EngineListener, FaceEngineApi } from './protocol';
import { instrumentEngine } from '../testing/engineInstrumentation';

/** Comlink keys transfers by the value: only objects can carry them. */
const transferred = <T>(value: T): T =>
  value !== null && typeof value === 'object' ? Comlink.transfer(value, pixelBuffers(value)) : value;

/**
 * Drawn faces and gallery faces are the page's own copies: handed over. A corrected or HD face
 * stays on the engine's record too (the next stage reads it), so it is copied.
 */
function transferringFrames(listener: EngineListener): EngineListener {
  return {
    progress: (p) => listener.progress(p),
    notice: (text) => listener.notice(text),
    record: (update) => listener.record(update.stage === 'drawn' ? transferred(update) : update),
    gallery: (frame) => listener.gallery(transferred(frame)),
    hdFailed: (failure) => listener.hdFailed(failure),
    idle: (lastId) => listener.idle(lastId),
    backendLost: (reason) => listener.backendLost(reason),
  };
}

function workerApi(engine: FaceEngine): FaceEngineApi {
  return engineApi(engine, (name, call) => async (...args) => {
    if (name === 'load') return call(args[0], transferringFrames(args[1] as EngineListener));
    // Every face a call returns is the caller's alone.
    return transferred(await call(...args));
  });
}

/** The worker's engine and its API; test and benchmark builds (vite --mode e2e) add their probes. */
export function createWorkerApi(): FaceEngineApi {
  if (import.meta.env.MODE === 'e2e') {
    const { engine, probes } = instrumentEngine(WORKER_ENGINE_CONFIG);
    return { ...workerApi(engine), ...probes };
  }
  return workerApi(new FaceEngine(WORKER_ENGINE_CONFIG));
}
