import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import '@tensorflow/tfjs-backend-webgpu';
import { BACKENDS, backendOrder, startFirstWorkingBackend, type BackendName } from '../core/backends';
import { FaceGenerator } from '../core/generator';
import { loadModelFiles, type LoadedModelFiles, type LoadProgress } from '../core/modelFiles';
import { LatestWinsScheduler } from '../core/scheduler';
import { drawFace, facesToImages } from './drawFace';
import { readRgbBytes, type MainFrameTap } from './frameTap';
import { watchForGpuLoss } from './gpuLoss';
import { keepingForOffline } from './offlineWeights';
import { afterNextPaint } from './paint';
import { exposeTestHook } from './testHook';
import { serveWasmFromSite } from './wasmPaths';

/** One frame's work: faces for these latents, drawn on the main canvas or handed back as images. */
interface RenderRequest {
  latents: Float32Array[];
  target: 'main' | ((images: ImageData[]) => void);
  /** Numbers requests in order, so the latency benchmark can tell which state a frame shows. */
  seq?: number;
}

export interface EngineEvents {
  onProgress(progress: LoadProgress): void;
  onBackend(backend: BackendName, notice: string | null): void;
  /** A new canvas to show: each backend draws into a canvas of its own context type. */
  onCanvas(canvas: HTMLCanvasElement): void;
  onFrame(frameMs: number): void;
  onBusy(busy: boolean): void;
  onError(error: unknown): void;
}

/** Fetches one model file relative to the model folder, failing with the HTTP status. */
function fetchFrom(base: URL) {
  return async (path: string) => {
    // no-cache revalidates, so Retry after a corrupt download does not get the same bytes back.
    const response = await fetch(new URL(path, base), { cache: 'no-cache' });
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
    return response.arrayBuffer();
  };
}

/**
 * Owns the model, the backend and the render loop. Keeps the model bytes so a lost GPU
 * context is answered by rebuilding on the next backend, not by reloading the page.
 */
export class FaceEngine {
  private files: LoadedModelFiles | null = null;
  private generator: FaceGenerator | null = null;
  private canvas: HTMLCanvasElement | null = null;
  private lastRequest: RenderRequest | null = null;
  private failedBackends: BackendName[] = [];
  private readonly scheduler = new LatestWinsScheduler<RenderRequest>((request) => this.renderNow(request), {
    onBusy: (busy) => this.events.onBusy(busy),
    onError: (error) => void this.recover(error),
    beforeJob: afterNextPaint,
  });
  /** Frames computed, for the latency benchmark's computed-vs-requested figures. */
  framesDrawn = 0;
  requestSeq = 0;
  /** The latency benchmark's hooks (src/app/testHook.ts); the app leaves them unset. */
  onMainFrameDrawn: ((seq: number) => void) | null = null;
  /** Bias inspection's live readout (src/app/liveReadout.svelte.ts); pixels are read back only while set. */
  mainFrameTap: MainFrameTap | null = null;
  /** Set by the benchmark's naive baseline: every request drawn in turn, none dropped. */
  everyRequestQueue: Promise<void> | null = null;
  private recovering: Promise<void> | null = null;
  /** Rejects when the GPU is lost, so a frame waiting on a dead context does not hang the loop. */
  private lost: Promise<never> = new Promise(() => {});

  constructor(
    private readonly modelBase: URL,
    private readonly events: EngineEvents,
  ) {
    serveWasmFromSite();
    exposeTestHook(this);
  }

  get latentSize(): number {
    if (!this.files) throw new Error('the model is not loaded');
    return this.files.manifest.latentSize;
  }

  get requestsReceived(): number {
    return this.scheduler.requested;
  }

  /** Loads (or reloads after an error) the weights and starts the best backend. */
  async start(forced: BackendName | null): Promise<void> {
    if (!this.files) {
      const offline = keepingForOffline(fetchFrom(this.modelBase), this.modelBase);
      this.files = await loadModelFiles(offline.read, { onProgress: this.events.onProgress });
      void offline.keep();
    }
    await this.startBackend(backendOrder(forced ?? undefined, this.failedBackends), (backend, failures) =>
      forced && backend !== forced ? `The ${forced} backend could not start (${failures[0]?.error ?? 'unknown reason'}); using ${backend} instead.` : null,
    );
  }

  /** Draws one face on the main canvas, through the latest-wins loop. */
  request(latent: Float32Array): void {
    this.submit({ latents: [latent], target: 'main' });
  }

  /** Draws a batch in one inference (the gallery), through the same loop. */
  requestImages(latents: Float32Array[], onImages: (images: ImageData[]) => void): void {
    this.submit({ latents, target: onImages });
  }

  /**
   * The face for `latent` as 8-bit RGBA, rendered afresh outside the loop (so a later slider
   * move cannot drop it): reading back a WebGPU canvas is unreliable.
   */
  async renderImage(latent: Float32Array): Promise<ImageData> {
    if (!this.generator) throw new Error('the model is not ready');
    const faces = this.generator.generateFrom([latent]);
    try {
      const [image] = await Promise.race([facesToImages(faces), this.lost]);
      return image!;
    } finally {
      faces.dispose();
    }
  }

  /**
   * Faces for a batch of latents as RGB bytes (one inference, one read-back), outside the loop
   * so slider moves cannot drop them: the bias sweep's contact sheet. Leaves no tensor behind.
   */
  async renderRgb(latents: Float32Array[]): Promise<{ rgb: Uint8Array[]; width: number; height: number }> {
    if (!this.generator) throw new Error('the model is not ready');
    const faces = this.generator.generateFrom(latents);
    const [, height, width] = faces.shape;
    try {
      return { rgb: await Promise.race([readRgbBytes(faces), this.lost]), width, height };
    } finally {
      faces.dispose();
    }
  }

  private submit(request: RenderRequest): void {
    this.lastRequest = request;
    const numbered = { ...request, seq: ++this.requestSeq };
    if (request.target === 'main') this.mainFrameTap?.requested(numbered.seq);
    if (this.everyRequestQueue) this.everyRequestQueue = this.everyRequestQueue.then(() => this.renderNow(numbered)).catch((e) => this.recover(e));
    else this.scheduler.request(numbered);
  }

  idle(): Promise<void> {
    return this.scheduler.idle();
  }

  private async startBackend(
    order: BackendName[],
    noticeFor: (backend: BackendName, failures: { error: string }[]) => string | null,
  ): Promise<void> {
    const files = this.files!;
    this.generator?.dispose();
    this.generator = null;
    const started = await startFirstWorkingBackend(order, async () => {
      const generator = await FaceGenerator.create(files.artifacts, files.manifest);
      try {
        await generator.warmUp();
      } catch (error) {
        generator.dispose();
        throw error;
      }
      return generator;
    });
    this.failedBackends.push(...started.failures.map((f) => f.backend));
    this.generator = started.value;
    this.canvas = document.createElement('canvas');
    this.lost = new Promise((_, reject) => {
      watchForGpuLoss((why) => {
        const error = new Error(why);
        reject(error);
        if (this.generator === started.value) void this.recover(error);
      });
    });
    this.lost.catch(() => {});
    this.events.onCanvas(this.canvas);
    this.events.onBackend(started.backend, noticeFor(started.backend, started.failures));
  }

  private async renderNow(request: RenderRequest): Promise<void> {
    const generator = this.generator;
    const canvas = this.canvas;
    if (!generator || !canvas) return;
    const t0 = performance.now();
    if (request.target === 'main') {
      const face = tf.tidy(() => generator.generateFrom(request.latents).squeeze([0]) as tf.Tensor3D);
      try {
        await Promise.race([drawFace(face, canvas), this.lost]);
        this.onMainFrameDrawn?.(request.seq ?? 0);
        if (this.mainFrameTap) this.tapShownFace(this.mainFrameTap, face, request);
      } finally {
        face.dispose();
      }
    } else {
      const faces = generator.generateFrom(request.latents);
      try {
        request.target(await Promise.race([facesToImages(faces), this.lost]));
      } finally {
        faces.dispose();
      }
    }
    this.framesDrawn++;
    this.events.onFrame(performance.now() - t0);
  }

  /** Hands the shown face's bytes to the tap; the read-back is not awaited, so the next frame need not wait for it. */
  private tapShownFace(tap: MainFrameTap, face: tf.Tensor3D, request: RenderRequest): void {
    const [height, width] = face.shape;
    readRgbBytes(face).then(
      ([rgb]) => tap.shown({ seq: request.seq ?? 0, latent: request.latents[0]!, rgb: rgb!, width, height }),
      // A lost context fails the read-back; recovery redraws and the tap sees that frame instead.
      () => {},
    );
  }

  /**
   * Moves to the backends after the one that failed (a lost WebGL context goes to WASM, not
   * back to a WebGPU the user or the browser had ruled out) and redraws the last state.
   */
  private recover(error: unknown): Promise<void> {
    if (this.recovering) return this.recovering;
    const current = this.generator?.backend as BackendName | undefined;
    const next = current ? BACKENDS.slice(BACKENDS.indexOf(current) + 1).filter((b) => !this.failedBackends.includes(b)) : [];
    if (!current || next.length === 0) {
      this.events.onError(error);
      return Promise.resolve();
    }
    this.failedBackends.push(current);
    const reason = error instanceof Error ? error.message : String(error);
    this.recovering = this.startBackend(next, (backend) => `${reason}; the face is now drawn with ${backend}.`)
      .then(() => {
        if (this.lastRequest) this.submit(this.lastRequest);
      })
      .catch((next: unknown) => this.events.onError(next))
      .finally(() => (this.recovering = null));
    return this.recovering;
  }

  /** Current tensor count, for leak tests and the benchmark. */
  static tensorCount(): number {
    return tf.memory().numTensors;
  }
}
