/**
 * The engine as the worker exposes it: tfjs, the model and face-api live here, so inference
 * never blocks the page. Frames go back as transferred buffers (no copy).
 */
import * as Comlink from 'comlink';
import { FaceEngine } from './faceEngine';
import { WORKER_ENGINE_CONFIG } from './engineConfig';
import type { EngineListener, FaceEngineApi } from './protocol';
import { instrumentEngine } from '../testing/engineInstrumentation';

/** Hands every frame's pixel buffers over instead of copying them. */
function transferringFrames(listener: EngineListener): EngineListener {
  return {
    progress: (p) => listener.progress(p),
    notice: (text) => listener.notice(text),
    frame: (frame) =>
      listener.frame(
        Comlink.transfer(
          frame,
          frame.images.map((i) => i.rgba.buffer as ArrayBuffer),
        ),
      ),
    hdFrame: (frame) => listener.hdFrame(Comlink.transfer(frame, [frame.image.rgba.buffer as ArrayBuffer])),
    hdFailed: (failure) => listener.hdFailed(failure),
    idle: (lastSeq) => listener.idle(lastSeq),
    backendLost: (reason) => listener.backendLost(reason),
  };
}

function workerApi(engine: FaceEngine): FaceEngineApi {
  return {
    load: (location, listener) => engine.load(location, transferringFrames(listener)),
    startBackend: (forced) => engine.startBackend(forced),
    draw: (job) => engine.draw(job),
    renderImages: async (latents) => {
      const images = await engine.renderImages(latents);
      return Comlink.transfer(
        images,
        images.map((i) => i.rgba.buffer as ArrayBuffer),
      );
    },
    setHd: (base) => engine.setHd(base),
    upscale: async (image) => {
      const hd = await engine.upscale(image);
      return Comlink.transfer(hd, [hd.rgba.buffer as ArrayBuffer]);
    },
    measure: (image) => engine.measure(image),
    auditBatch: (latents) => engine.auditBatch(latents),
    idle: () => engine.idle(),
  };
}

/** The worker's engine and its API; test and benchmark builds (vite --mode e2e) add their probes. */
export function createWorkerApi(): FaceEngineApi {
  if (import.meta.env.MODE === 'e2e') {
    const { engine, probes } = instrumentEngine(WORKER_ENGINE_CONFIG);
    return { ...workerApi(engine), ...probes };
  }
  return workerApi(new FaceEngine(WORKER_ENGINE_CONFIG));
}
