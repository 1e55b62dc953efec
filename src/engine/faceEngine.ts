/**
 * The face engine: the generator's files, the backend it runs on, the latest-wins render loop,
 * batch renders and face measuring. Thread-agnostic: engine.worker.ts runs it in a module worker,
 * engineClient.ts on the page where a worker cannot. It never touches the DOM; faces leave it
 * as RGBA bytes.
 */
import * as tf from '@tensorflow/tfjs-core';
import { startFirstWorkingBackend } from '../core/backendStart';
import { importBackend } from './backendModules';
import { BACKENDS, planBackends, type BackendName, type GpuProbe } from '../core/backends';
import { readFaceImages, rgbaToRgb, type FaceImage } from '../core/faceBytes';
import { FaceGenerator } from '../core/generator';
import type { LockHoldRequest } from '../core/lockPlan';
import type { FaceMeasurement, MeasureOptions } from '../core/measure/faceMeasurer';
import { loadModelFiles, ModelFileError, type LoadedModelFiles } from '../core/modelFiles';
import type { SchedulerEvents } from '../core/scheduler';
import { watchForGpuLoss } from './gpuLoss';
import { HD_TILING, HdRenderer } from './hdRenderer';
import { LockHoldStage } from './lockHoldStage';
import { MeasurerSource, type MeasurerProvider } from './measurerSource';
import { fetchFrom, forgetOfflineCopy, keepingForOffline } from './modelSource';
import { offlineUpscaler } from './offlineWeightsInfo';
import type { DrawJob, EngineFailure, EngineListener, FaceEngineApi, LoadedModel, ModelLocation, StartedBackend } from './protocol';

/** The newest main face drawn, as the rest-time stages need it; `hold`: the locks its request asked to hold. */
interface RestingFace {
  seq: number;
  latent: Float32Array;
  image: FaceImage;
  hold?: LockHoldRequest;
  /** face-api's readings of `image`, once someone asked for them. */
  measured?: Promise<FaceMeasurement>;
}

const sameImage = (a: FaceImage, b: FaceImage) =>
  a === b || (a.width === b.width && a.height === b.height && a.rgba.length === b.rgba.length && a.rgba.every((v, i) => v === b.rgba[i]));

/** What the engine needs of a render loop; LatestWinsScheduler is the one the app uses. */
export interface RenderLoop {
  request(job: DrawJob): void;
  idle(): Promise<void>;
}

export interface FaceEngineConfig {
  renderLoop: (run: (job: DrawJob) => Promise<void>, events: SchedulerEvents<DrawJob>) => RenderLoop;
  /**
   * Awaited before each job takes the newest state, so a burst of input costs one face: on the
   * page, until the last face is painted; in a worker, until queued messages have arrived.
   */
  beforeJob: () => Promise<void>;
  probeGpus: () => Promise<GpuProbe[]>;
  /** Where face-api comes from; by default its networks fetched from the site (tests inject a fake). */
  measurers?: (siteRoot: string) => MeasurerProvider;
}

/** Errors cross the worker boundary as plain data: the file a failure names must survive. */
export function toEngineFailure(error: unknown): EngineFailure {
  if (error instanceof ModelFileError) return { message: error.message, file: error.file };
  return { message: error instanceof Error ? error.message : String(error), file: null };
}

export class FaceEngine implements FaceEngineApi {
  private files: Promise<LoadedModelFiles> | null = null;
  private location: ModelLocation | null = null;
  private listener: EngineListener | null = null;
  private generator: FaceGenerator | null = null;
  private probes: Promise<GpuProbe[]> | null = null;
  private readonly ruledOut = new Set<BackendName>();
  private lost: Promise<never> = new Promise(() => {});
  private measurers: MeasurerProvider | null = null;
  private readonly loop: RenderLoop;
  private lastJobSeq = 0;
  private readonly hd: HdRenderer;
  /** The newest main face drawn, kept for the rest-time stages (the page gets its own copy). */
  private lastMain: RestingFace | null = null;
  /** The main face whose HD frame was last sent, so a second pass for it is skipped. */
  private hdSentFor: RestingFace | null = null;
  /**
   * Rest-time work (locks held, then HD), one pass after another: a pass superseded by newer
   * input ends at its next check, and the next pass never competes with it for the backend.
   */
  private restWork: Promise<void> = Promise.resolve();
  /** The newest draw request, so rest-time work sees when newer input has superseded it. */
  private newestSeq = 0;
  private readonly lockHold = new LockHoldStage({
    render: async (latent) => (await this.renderImages([latent]))[0]!,
    measure: (image) => this.measure(image),
  });

  constructor(private readonly config: FaceEngineConfig) {
    this.loop = config.renderLoop((job) => this.renderNow(job), {
      onBusy: (busy) => {
        if (busy) return;
        this.listener?.idle(this.lastJobSeq);
        this.afterRest(() => this.atRest());
      },
      onError: (error) => this.backendFailed(this.generator, error),
      beforeJob: config.beforeJob,
    });
    this.hd = new HdRenderer({
      giveWay: config.beforeJob,
      ...HD_TILING,
      source: (base) => keepingForOffline(fetchFrom(base), base, new URL(this.location?.siteRoot ?? base), offlineUpscaler),
    });
  }

  async load(location: ModelLocation, listener: EngineListener): Promise<LoadedModel> {
    this.listener = listener;
    if (!this.files || this.location?.modelBase !== location.modelBase) {
      this.location = location;
      const loading = this.loadFiles(location, listener);
      this.files = loading;
      // A failed load is not kept: the next load() (Retry) fetches again.
      loading.catch(() => {
        if (this.files === loading) this.files = null;
      });
    }
    const { latentSize, outputShape } = (await this.files).manifest;
    return { latentSize, outputShape };
  }

  private async loadFiles(location: ModelLocation, listener: EngineListener): Promise<LoadedModelFiles> {
    const base = new URL(location.modelBase);
    const offline = keepingForOffline(fetchFrom(base), base, new URL(location.siteRoot));
    let files: LoadedModelFiles;
    try {
      files = await loadModelFiles(offline.read, { onProgress: (p) => listener.progress(p) });
    } catch (error) {
      if (error instanceof ModelFileError) await forgetOfflineCopy(new URL(error.file, base)).catch(() => {});
      throw toEngineFailure(error);
    }
    void offline.keep().then((problem) => problem && listener.notice(problem));
    this.measurers = (this.config.measurers ?? ((root) => new MeasurerSource(root)))(location.siteRoot);
    return files;
  }

  /** May be called while load() still fetches: the backend then starts beside the download. */
  async startBackend(forced: BackendName | null): Promise<StartedBackend> {
    const loading = this.files;
    if (!loading) throw toEngineFailure(new Error('the model is not loaded'));
    this.dropGenerator();
    // A forced backend is tried first whatever it runs on: only the automatic order needs to ask.
    if (!forced) this.probes ??= this.config.probeGpus();
    const plan = planBackends(forced, forced ? [] : await this.probes!, [...this.ruledOut]);
    // The first choice's own start (its WASM binary, its GPU device) overlaps the weights' download.
    // A failure here shows again, and is recorded, when the loop below tries it.
    const first = plan.order[0]!;
    const firstReady = importBackend(first)
      .then(() => tf.setBackend(first))
      .catch(() => false);
    const files = await loading;
    await firstReady;
    // A forced backend lost earlier was ruled out on purpose; the loss has its own notice.
    const forcedRuledOut = forced !== null && this.ruledOut.has(forced);
    try {
      const started = await startFirstWorkingBackend(
        plan.order,
        () => FaceGenerator.create(files.artifacts, files.manifest),
        importBackend,
      );
      for (const failure of started.failures) this.ruledOut.add(failure.backend);
      this.generator = started.value;
      this.watchForLoss(started.value);
      const why = plan.reason && started.backend === plan.order[0] ? plan.reason : null;
      return { backend: started.backend, why, notice: forcedRuledOut ? null : this.noticeFor(started.backend, forced, started.failures) };
    } catch (error) {
      throw toEngineFailure(error);
    }
  }

  async draw(job: DrawJob): Promise<void> {
    // Any new input supersedes the HD pass at its next tile.
    this.hd.cancel();
    this.newestSeq = Math.max(this.newestSeq, job.seq);
    this.loop.request(job);
  }

  async setHd(upscalerBase: string | null): Promise<void> {
    this.hd.configure(upscalerBase);
    // HD switched back on (or to another upscaler) upscales the face at rest again.
    this.hdSentFor = null;
    this.afterRest(() => this.renderHd());
  }

  async upscale(image: FaceImage): Promise<FaceImage> {
    try {
      return (await this.hd.upscale(image, null))!;
    } catch (error) {
      throw toEngineFailure(error);
    }
  }

  async renderImages(latents: Float32Array[]): Promise<FaceImage[]> {
    const generator = this.generator;
    if (!generator) throw new Error('the model is not ready');
    const faces = generator.generateFrom(latents);
    try {
      return await Promise.race([readFaceImages(faces), this.lost]);
    } finally {
      faces.dispose();
    }
  }

  async measure(image: FaceImage): Promise<FaceMeasurement> {
    const main = this.lastMain;
    // The page's readout and the lock hold's first try both measure the face at rest: once serves both.
    if (main && sameImage(main.image, image)) return this.measureResting(main);
    return this.measureNow(image);
  }

  async auditBatch(latents: Float32Array[]): Promise<FaceMeasurement[]> {
    const images = await this.renderImages(latents);
    const measurements: FaceMeasurement[] = [];
    // One at a time: face-api holds the backend for each face anyway.
    // The audit's statistics never compare faces: no identity descriptor (≈35 ms a face).
    for (const image of images) measurements.push(await this.measureNow(image, { descriptor: false }));
    return measurements;
  }

  /** Nothing drawing or waiting, and the rest-time work on the face at rest (held locks, HD) done. */
  async idle(): Promise<void> {
    await this.loop.idle();
    await this.restWork;
  }

  /** The backend tfjs runs on now, or '' before one started. */
  get backend(): string {
    return this.generator?.backend ?? '';
  }

  private async renderNow(job: DrawJob): Promise<void> {
    this.lastJobSeq = Math.max(this.lastJobSeq, job.seq);
    const generator = this.generator;
    // No backend (lost, restarting): the app draws its state again once one is back.
    if (!generator) return;
    const started = performance.now();
    const faces = generator.generateFrom(job.latents);
    try {
      const images = await Promise.race([readFaceImages(faces), this.lost]);
      // The frame's bytes are handed over to the page: the rest-time stages keep their own copy.
      if (job.kind === 'main') {
        const image = { ...images[0]!, rgba: images[0]!.rgba.slice() };
        this.lastMain = { seq: job.seq, latent: job.latents[0]!, image, ...(job.hold ? { hold: job.hold } : {}) };
      }
      this.listener?.frame({ seq: job.seq, kind: job.kind, images, ms: performance.now() - started });
    } finally {
      faces.dispose();
    }
  }

  private async measureNow(image: FaceImage, options: MeasureOptions = {}): Promise<FaceMeasurement> {
    if (!this.measurers) throw new Error('the model is not loaded');
    const measurer = await this.measurers.get();
    return measurer.measureRgb(rgbaToRgb(image.rgba), image.width, image.height, options);
  }

  private measureResting(main: RestingFace): Promise<FaceMeasurement> {
    if (!main.measured) {
      const measured = this.measureNow(main.image);
      // A failure is not remembered: the next ask measures again.
      measured.catch(() => {
        if (main.measured === measured) delete main.measured;
      });
      main.measured = measured;
    }
    return main.measured;
  }

  /** Queues rest-time work behind the pass before it; a failure there stops no later pass. */
  private afterRest(work: () => Promise<void>): void {
    this.restWork = this.restWork.then(work).catch(() => {});
  }

  private supersedes(seq: number): boolean {
    return this.newestSeq > seq || !this.generator;
  }

  /**
   * Once the loop rests on a main face: its locks held first, so the HD pass that follows
   * upscales the corrected face. Either stops as soon as newer input arrives, and neither holds
   * up the next frame: they run after the loop went idle, not inside its job.
   */
  private async atRest(): Promise<void> {
    const main = this.lastMain;
    if (!main || main.seq !== this.lastJobSeq || this.supersedes(main.seq)) return;
    if (main.hold) await this.holdLocks(main, main.hold);
    await this.renderHd();
  }

  /** The main face corrected so its locks hold, sent as a second frame of the same request. */
  private async holdLocks(main: RestingFace, hold: LockHoldRequest): Promise<void> {
    const superseded = () => this.supersedes(main.seq);
    const held = await this.lockHold.run(hold, main.latent, main.image, superseded);
    if (!held || superseded()) return;
    const { statuses, measurement, measures, ms } = held;
    this.lastMain = { seq: main.seq, latent: main.latent, image: { ...held.image, rgba: held.image.rgba.slice() } };
    this.listener?.frame({ seq: main.seq, kind: 'main', images: [held.image], ms, held: { statuses, measurement, measures, ms } });
  }

  /** The HD frame of the face at rest, unless a newer request comes first or it was sent already. */
  private async renderHd(): Promise<void> {
    const main = this.lastMain;
    if (!this.hd.enabled || !main || main === this.hdSentFor || main.seq !== this.lastJobSeq || this.supersedes(main.seq)) return;
    const started = performance.now();
    const generator = this.generator;
    try {
      const image = await this.hd.upscale(main.image, () => main.seq === this.lastJobSeq);
      if (image && main.seq === this.lastJobSeq) {
        this.hdSentFor = main;
        this.listener?.hdFrame({ seq: main.seq, image, ms: performance.now() - started });
      }
    } catch (error) {
      // A broken upscaler file is a broken install, shown like a generator file (Retry).
      if (error instanceof ModelFileError) this.listener?.hdFailed(toEngineFailure(error));
      // Anything else (a kernel this backend lacks) costs only HD; a lost backend has its own path.
      else if (this.hd.enabled && generator === this.generator) {
        this.hd.configure(null);
        this.listener?.notice(`HD faces are unavailable (${toEngineFailure(error).message}); the face is shown at the model's size.`);
      }
    }
  }

  private noticeFor(backend: BackendName, forced: BackendName | null, failures: { backend: string; error: string }[]): string | null {
    if (!forced || backend === forced) return null;
    const why = failures.find((f) => f.backend === forced)?.error ?? 'unknown reason';
    return `The ${forced} backend could not start (${why}); using ${backend} instead.`;
  }

  private watchForLoss(generator: FaceGenerator): void {
    this.lost = new Promise((_, reject) => {
      watchForGpuLoss((why) => {
        const error = new Error(why);
        reject(error);
        this.backendFailed(generator, error);
      });
    });
    this.lost.catch(() => {});
  }

  /**
   * A backend that lost its GPU or failed a frame is dropped with every backend before it in the
   * usual order (a lost WebGL goes on to WASM, not back to a WebGPU that was passed over or ruled
   * out), and the page is told, so it restarts through its one start path.
   */
  private backendFailed(generator: FaceGenerator | null, error: unknown): void {
    if (!generator || generator !== this.generator) return;
    const backend = generator.backend as BackendName;
    for (const b of BACKENDS.slice(0, BACKENDS.indexOf(backend) + 1)) this.ruledOut.add(b);
    this.dropGenerator();
    const reason = error instanceof Error ? error.message : String(error);
    this.listener?.backendLost(/lost/i.test(reason) ? reason : `The ${backend} backend failed (${reason})`);
  }

  private dropGenerator(): void {
    const generator = this.generator;
    this.generator = null;
    this.hd.cancel();
    this.hd.dropModel();
    this.measurers?.reset();
    this.lockHold.forget();
    try {
      generator?.dispose();
    } catch {
      // A lost context cannot free what it held; the browser does.
    }
  }
}
