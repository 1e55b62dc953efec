/**
 * The face engine: a model loader (modelLoader.ts), the runtime of the model it started
 * (faceRuntime.ts), face-api for the readings, the HD upscaler, and recovery when a backend is
 * lost. Thread-agnostic: engine.worker.ts runs it in a module worker, engineClient.ts on the
 * page where a worker cannot. It never touches the DOM; faces leave it as RGBA bytes.
 */
// tfjs's kernels call chained tensor methods (x.mul(y)); the @tensorflow/tfjs bundle registers
// them, tfjs-core alone does not. Here, not in core/generator.ts: Node scripts load the CJS
// @tensorflow/tfjs (which registers them), and Node cannot import this ESM-only file.
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import type { BackendName, GpuProbe } from '../core/backends';
import type { FaceImage } from '../core/faceBytes';
import type { FrameRecord } from '../core/frameRecord';
import type { FaceGenerator } from '../core/generator';
import { ModelFileError } from '../core/modelFiles';
import { generatorModel, type FaceModel } from './faceModel';
import { FaceRuntime, type RuntimeConfig } from './faceRuntime';
import { GpuLost, watchForGpuLoss } from './gpuLoss';
import { HD_TILING, HdRenderer } from './hdRenderer';
import { MeasurerSource, type MeasurerProvider } from './measurerSource';
import { ModelLoader, toEngineFailure } from './modelLoader';
import { fetchFrom, keepingForOffline } from './modelSource';
import { offlineUpscaler } from './offlineWeightsInfo';
import type {
  BatchFace,
  DrawRequest,
  EngineListener,
  FaceEngineApi,
  LoadedModel,
  MainRequest,
  MeasureBatchOptions,
  ModelLocation,
  PreparedStats,
} from './protocol';
import type { PrepareItem } from '../core/prepare/prepareQueue';

export { toEngineFailure };

export interface FaceEngineConfig extends Omit<RuntimeConfig, 'maxUnmeasuredMs' | 'settleMs' | 'prepareBatch'> {
  probeGpus: () => Promise<GpuProbe[]>;
  /** Where face-api comes from; by default its networks fetched from the site (tests inject a fake). */
  measurers?: (siteRoot: string) => MeasurerProvider;
  /** How the started generator becomes a FaceModel (tests give a fake model). */
  model?: (generator: FaceGenerator, lost: Promise<never>) => FaceModel;
  maxUnmeasuredMs?: number;
  settleMs?: number;
}

/** A GPU draws a few faces in about the time of one; the CPU backends gain nothing from batches. */
const prepareBatchFor = (backend: string) => (backend === 'webgl' || backend === 'webgpu' ? 4 : 1);

export class FaceEngine implements FaceEngineApi {
  private readonly loader: ModelLoader;
  private listener: EngineListener | null = null;
  private measurers: MeasurerProvider | null = null;
  private runtime: FaceRuntime | null = null;
  private readonly hd: HdRenderer;
  private measuring = true;

  constructor(private readonly config: FaceEngineConfig) {
    this.loader = new ModelLoader(config.probeGpus);
    this.hd = new HdRenderer({
      giveWay: config.beforeJob,
      ...HD_TILING,
      source: (base) => keepingForOffline(fetchFrom(base), base, new URL(this.loader.siteRoot ?? base), offlineUpscaler),
    });
  }

  async load(location: ModelLocation, listener: EngineListener): Promise<LoadedModel> {
    this.listener = listener;
    const loaded = await this.loader.load(location, listener);
    this.measurers ??= (this.config.measurers ?? ((root) => new MeasurerSource(root)))(location.siteRoot);
    return loaded;
  }

  async startBackend(forced: BackendName | null, threads: number | null = null) {
    this.dropRuntime();
    const { generator, started } = await this.loader.start(forced, threads);
    this.run(generator);
    return started;
  }

  async draw(request: DrawRequest): Promise<void> {
    // No backend (lost, restarting): the app draws its state again once one is back.
    this.runtime?.draw(request);
  }

  drawFinal(request: MainRequest): Promise<FrameRecord> {
    return this.ready().drawFinal(request);
  }

  renderImages(latents: Float32Array[]): Promise<FaceImage[]> {
    return this.ready().renderImages(latents);
  }

  measureBatch(faces: BatchFace[], options: MeasureBatchOptions) {
    return this.ready().measureBatch(faces, options);
  }

  async setHd(upscalerBase: string | null): Promise<void> {
    this.hd.configure(upscalerBase);
    this.runtime?.restAgain();
  }

  async upscale(image: FaceImage): Promise<FaceImage> {
    try {
      return (await this.hd.upscale(image, null))!;
    } catch (error) {
      throw toEngineFailure(error);
    }
  }

  async prepare(faces: PrepareItem[]): Promise<void> {
    this.runtime?.preparer.plan(faces);
  }

  async preparedStats(): Promise<PreparedStats> {
    const preparer = this.runtime?.preparer;
    return {
      drawn: preparer?.drawn ?? 0,
      kept: preparer?.cache.size ?? 0,
      bytes: preparer?.cache.bytes ?? 0,
      pending: preparer?.pending ?? 0,
    };
  }

  async idle(): Promise<void> {
    await this.runtime?.idle();
  }

  /** The backend tfjs runs on now, or '' before one started. */
  get backend(): string {
    return this.runtime?.backend ?? '';
  }

  /** Holds or resumes measuring faces at rest (a benchmark times faces alone). */
  holdMeasuring(hold: boolean): void {
    this.measuring = !hold;
    if (this.runtime) this.runtime.measuring = this.measuring;
  }

  private ready(): FaceRuntime {
    if (!this.runtime) throw new Error('the model is not ready');
    return this.runtime;
  }

  private run(generator: FaceGenerator): void {
    let runtime: FaceRuntime | null = null;
    const failed = (error: unknown) => runtime && this.backendFailed(runtime, error);
    const lost = new Promise<never>((_, reject) => watchForGpuLoss((error) => (reject(error), failed(error))));
    lost.catch(() => {});
    const model = (this.config.model ?? generatorModel)(generator, lost);
    const listener = this.listener!;
    runtime = new FaceRuntime(
      {
        model,
        measurers: this.measurers!,
        hd: this.hd,
        listener: { record: (u) => listener.record(u), gallery: (f) => listener.gallery(f), idle: (id) => listener.idle(id) },
        onError: failed,
        hdFailed: (error) => this.hdFailed(runtime, error),
      },
      {
        renderLoop: this.config.renderLoop,
        beforeJob: this.config.beforeJob,
        maxUnmeasuredMs: this.config.maxUnmeasuredMs ?? 2500,
        settleMs: this.config.settleMs ?? 250,
        prepareBatch: prepareBatchFor(model.backend),
      },
    );
    runtime.measuring = this.measuring;
    this.runtime = runtime;
  }

  private hdFailed(runtime: FaceRuntime | null, error: unknown): void {
    // A broken upscaler file is a broken install, shown like a generator file (Retry).
    if (error instanceof ModelFileError) this.listener?.hdFailed(toEngineFailure(error));
    // Anything else (a kernel this backend lacks) costs only HD; a lost backend has its own path.
    else if (this.hd.enabled && runtime === this.runtime) {
      this.hd.configure(null);
      this.listener?.notice({ key: 'engine.hdUnavailable', params: { error: toEngineFailure(error).message } });
    }
  }

  /** The backend is dropped, and the page is told, so it restarts through its one start path. */
  private backendFailed(runtime: FaceRuntime, error: unknown): void {
    if (runtime !== this.runtime) return;
    this.loader.ruleOutThrough(runtime.backend as BackendName);
    this.dropRuntime();
    const reason = error instanceof Error ? error.message : String(error);
    // A loss tfjs reports in its own words (a kernel that met a lost context) is shown as it came.
    const said = /lost/i.test(reason)
      ? reason
      : { key: 'engine.backendFailed' as const, params: { backend: runtime.backend, error: reason } };
    this.listener?.backendLost(error instanceof GpuLost ? error.text : said);
  }

  private dropRuntime(): void {
    const runtime = this.runtime;
    this.runtime = null;
    this.hd.cancel();
    this.hd.dropModel();
    this.measurers?.reset();
    runtime?.dispose();
  }
}
