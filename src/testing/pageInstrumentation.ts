/**
 * Test and benchmark builds only: `window.__faceExplorer`, what e2e tests and the latency
 * benchmark (scripts/bench/bench-latency.ts) need from inside the page and the engine.
 */
import type { Session } from '../app/session.svelte';
import type { EngineConnection } from '../engine/engineClient';
import { ENGINE_PROBES, type PreparedStats, type QueueMode } from '../engine/protocol';

export interface FaceExplorerTestHook {
  backend(): string;
  engineThread(): string;
  /** Tensors alive in the engine's tfjs (in the worker when it runs there). */
  tensorCount(): Promise<number>;
  /** Loses the engine's WebGL context or destroys its WebGPU device; false if it runs on neither. */
  loseGpu(): Promise<boolean>;
  /** Sequence number of the latest draw request. */
  lastRequest(): number;
  /** performance.now() when the first face reached the canvas; null before. */
  firstFrameAt(): number | null;
  /** performance.now() when the start path's steps ended (model files fetched and verified, backend started); null before. */
  startTimeline(): { modelLoadedAt: number | null; backendStartedAt: number | null };
  /** Called after each face reaches the main canvas, with the request it showed and the engine's ms for it. */
  onFrameDrawn(listener: ((seq: number, engineMs: number) => void) | null): void;
  setQueue(mode: QueueMode): Promise<void>;
  /** Holds or resumes the engine's measuring of faces at rest, so a benchmark can time faces alone. */
  holdReadout(hold: boolean): void;
  /** Crashes the engine (its worker, when it runs in one). */
  crashEngine(): Promise<void>;
  /** Every HD face painted: its request and the newest request when it was painted. */
  hdPaints(): { seq: number; newestRequest: number; width: number }[];
  /** Runs the engine's HD pass on the face on screen `times` times (the download's path); its last width. */
  upscaleShownFace(times: number): Promise<number>;
  /** Measures with src/testing/fakeMeasurer.ts instead of face-api from now on, taking `delayMs` a face. */
  fakeMeasurer(delayMs?: number): Promise<void>;
  /** Resolves once the app has started and nothing is being drawn or waiting, or it shows an error. */
  idle(): Promise<void>;
  /** The face on screen: its request, the sliders it shows, and whether it is the nearest prepared one. */
  shownFace(): { id: number; sliders: Record<string, number>; approximate: boolean; prepared: boolean } | null;
  /** Faces the engine has drawn, for any purpose (prepared, exact, batches). */
  facesDrawn(): Promise<number>;
  preparedStats(): Promise<PreparedStats | null>;
}

declare global {
  interface Window {
    __faceExplorer?: FaceExplorerTestHook;
  }
}

const probe = <K extends Exclude<(typeof ENGINE_PROBES)[number], 'engineBackend'>>(
  api: EngineConnection,
  key: K,
): NonNullable<EngineConnection[K]> => {
  const fn = api[key];
  if (!fn) throw new Error(`this engine has no ${key} probe`);
  return fn;
};

export function instrumentPage(session: Session, api: EngineConnection): void {
  // `?measurer=fake`: the engine reads with the instant fake measurer (before it loads anything).
  if (new URLSearchParams(window.location.search).get('measurer') === 'fake') void api.fakeMeasurer?.(0);
  let frameListener: ((seq: number, engineMs: number) => void) | null = null;
  let firstFrameAt: number | null = null;
  const timeline = { modelLoadedAt: null as number | null, backendStartedAt: null as number | null };
  const { load, startBackend } = api;
  api.load = async (...args) => {
    const loaded = await load(...args);
    timeline.modelLoadedAt ??= performance.now();
    return loaded;
  };
  api.startBackend = async (...args) => {
    const started = await startBackend(...args);
    timeline.backendStartedAt ??= performance.now();
    return started;
  };
  const { painter } = session.frames;
  const paint = painter.paint.bind(painter);
  painter.paint = (image, seq) => {
    paint(image, seq);
    firstFrameAt ??= performance.now();
    frameListener?.(seq, session.frames.ms ?? NaN);
  };
  const hdPaints: { seq: number; newestRequest: number; width: number }[] = [];
  const paintHd = painter.paintHd.bind(painter);
  painter.paintHd = (image, seq) => {
    const painted = paintHd(image, seq);
    if (painted) hdPaints.push({ seq, newestRequest: session.frames.newestId, width: image.width });
    return painted;
  };
  window.__faceExplorer = {
    hdPaints: () => hdPaints,
    async upscaleShownFace(times) {
      let width = 0;
      for (let i = 0; i < times; i++) width = (await api.upscale(session.frames.onScreen!.image)).width;
      return width;
    },
    backend: () => session.backend ?? '',
    engineThread: () => session.engineThread ?? '',
    tensorCount: () => probe(api, 'tensorCount')(),
    loseGpu: () => probe(api, 'loseGpu')(),
    lastRequest: () => session.frames.newestId,
    firstFrameAt: () => firstFrameAt,
    startTimeline: () => ({ ...timeline }),
    onFrameDrawn: (listener) => (frameListener = listener),
    setQueue: (mode) => probe(api, 'setQueue')(mode),
    crashEngine: () => probe(api, 'crash')(),
    fakeMeasurer: (delayMs = 0) => probe(api, 'fakeMeasurer')(delayMs),
    holdReadout: (hold) => void probe(api, 'holdMeasuring')(hold),
    facesDrawn: () => probe(api, 'facesDrawn')(),
    preparedStats: () => session.ahead.stats(),
    shownFace: () => {
      const record = session.frames.onScreen;
      if (!record) return null;
      return {
        id: record.id,
        sliders: { ...record.state.sliders },
        approximate: record.approximate === true,
        prepared: record.prepared === true,
      };
    },
    async idle() {
      // Through loading, then until the engine and the page agree: frames and the engine's
      // answers travel on different channels. An error view is as idle as it gets.
      for (;;) {
        if (session.phase === 'ready') await api.idle();
        await new Promise((resolve) => setTimeout(resolve, 20));
        if (session.phase === 'error' || (session.phase === 'ready' && !session.busy)) return;
      }
    },
  };
}
