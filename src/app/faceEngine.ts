import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import '@tensorflow/tfjs-backend-webgpu';
import { backendOrder, startFirstWorkingBackend, type BackendName } from '../core/backends';
import { FaceGenerator } from '../core/generator';
import { loadModelFiles, type LoadedModelFiles, type LoadProgress } from '../core/modelFiles';
import { LatestWinsScheduler } from '../core/scheduler';
import { drawFace } from './drawFace';
import { serveWasmFromSite } from './wasmPaths';

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
  private lastLatent: Float32Array | null = null;
  private failedBackends: BackendName[] = [];
  private readonly scheduler = new LatestWinsScheduler<Float32Array>((latent) => this.renderNow(latent), {
    onBusy: (busy) => this.events.onBusy(busy),
    onError: (error) => void this.recover(error),
  });
  /** Frames computed, for the latency benchmark's computed-vs-requested figures. */
  framesDrawn = 0;

  constructor(
    private readonly modelBase: URL,
    private readonly events: EngineEvents,
  ) {
    serveWasmFromSite();
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
    this.files ??= await loadModelFiles(fetchFrom(this.modelBase), { onProgress: this.events.onProgress });
    await this.startBackend(forced);
  }

  request(latent: Float32Array): void {
    this.lastLatent = latent;
    this.scheduler.request(latent);
  }

  idle(): Promise<void> {
    return this.scheduler.idle();
  }

  private async startBackend(forced: BackendName | null, lostReason?: string): Promise<void> {
    const files = this.files!;
    this.generator?.dispose();
    this.generator = null;
    const order = backendOrder(forced ?? undefined, this.failedBackends);
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
    this.watchForLoss(started.backend);
    this.events.onCanvas(this.canvas);
    let notice: string | null = null;
    if (lostReason) notice = `${lostReason}; the face is now drawn with ${started.backend}.`;
    else if (forced && started.backend !== forced) {
      notice = `The ${forced} backend could not start (${started.failures[0]?.error ?? 'unknown reason'}); using ${started.backend} instead.`;
    }
    this.events.onBackend(started.backend, notice);
  }

  private async renderNow(latent: Float32Array): Promise<void> {
    const generator = this.generator;
    const canvas = this.canvas;
    if (!generator || !canvas) return;
    const t0 = performance.now();
    const face = tf.tidy(() => generator.generateFrom([latent]).squeeze([0]) as tf.Tensor3D);
    try {
      await drawFace(face, canvas);
    } finally {
      face.dispose();
    }
    this.framesDrawn++;
    this.events.onFrame(performance.now() - t0);
  }

  private watchForLoss(backend: BackendName): void {
    const onLost = (why: string) => {
      if (this.generator?.backend === backend) void this.recover(new Error(why));
    };
    const device = (tf.backend() as { device?: { lost: Promise<{ message: string }> } }).device;
    device?.lost.then((info) => onLost(`WebGPU device lost: ${info.message}`));
    const gl = (tf.backend() as { gpgpu?: { gl: WebGLRenderingContext } }).gpgpu?.gl;
    gl?.canvas.addEventListener?.('webglcontextlost', () => onLost('WebGL context lost'));
  }

  /** Moves to the next backend and redraws the last state; the user's state is untouched. */
  private async recover(error: unknown): Promise<void> {
    const current = this.generator?.backend as BackendName | undefined;
    if (!current || current === 'cpu') {
      this.events.onError(error);
      return;
    }
    this.failedBackends.push(current);
    try {
      await this.startBackend(null, error instanceof Error ? error.message : String(error));
      if (this.lastLatent) this.request(this.lastLatent);
    } catch (next) {
      this.events.onError(next);
    }
  }

  /** Current tensor count, for leak tests and the benchmark. */
  static tensorCount(): number {
    return tf.memory().numTensors;
  }
}
