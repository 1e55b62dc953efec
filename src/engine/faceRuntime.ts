/**
 * The runtime of a loaded model: the latest-wins render loop, batches outside it, and the
 * rest-time stages of the main face (frameStages.ts). It owns which request is newest; a newer
 * one cancels the stages of older faces at their next check. Built from any FaceModel, so its
 * tests run on a fake model.
 */
import { applyUpdate, type FrameRecord, type FrameUpdate } from '../core/frameRecord';
import type { SchedulerEvents } from '../core/scheduler';
import { SettleTimer } from '../core/settleTimer';
import { preparedRecord } from '../core/prepare/preparedCache';
import type { FaceModel } from './faceModel';
import { drawFinal, measureBatch, renderGallery } from './batchWork';
import { FaceReader } from './faceReader';
import { FacePreparer } from './facePreparer';
import { runStages, type HdStage, type StageDeps } from './frameStages';
import { LockHoldStage } from './lockHoldStage';
import type { MeasurerProvider } from './measurerSource';
import type { DrawRequest, EngineListener, MainRequest, MeasureBatchOptions, MeasuredBatch, BatchFace } from './protocol';

/** What the runtime needs of a render loop; LatestWinsScheduler is the one the app uses. */
export interface RenderLoop {
  request(job: DrawRequest): void;
  idle(): Promise<void>;
  /** Drops a request still waiting; a loop without it draws the stale face and the page drops it. */
  cancelPending?(): void;
}

export interface RuntimeConfig {
  renderLoop: (run: (job: DrawRequest) => Promise<void>, events: SchedulerEvents<DrawRequest>) => RenderLoop;
  /**
   * Awaited before each job takes the newest request, so a burst of input costs one face: on the
   * page, until the last face is painted; in a worker, until queued messages have arrived.
   */
  beforeJob: () => Promise<void>;
  /**
   * While input never stops (Play, a long drag) the face never rests: a face is then measured
   * in the loop itself when nothing was measured for this long, so the readout still moves.
   */
  maxUnmeasuredMs: number;
  /** How long a drag over prepared faces must pause before the exact face is drawn. */
  settleMs: number;
  /** Faces prepared in one go (facePreparer.ts). */
  prepareBatch: number;
}

export interface RuntimeDeps {
  model: FaceModel;
  measurers: MeasurerProvider;
  hd: HdStage & { cancel(): void };
  listener: Pick<EngineListener, 'record' | 'gallery' | 'idle'>;
  /** A job failed (a lost GPU, a kernel error). */
  onError(error: unknown): void;
  hdFailed(error: unknown): void;
}

export class FaceRuntime {
  /** Whether faces at rest are measured; a benchmark holds it to time faces alone. */
  measuring = true;
  private readonly loop: RenderLoop;
  private readonly reader: FaceReader;
  private readonly lockHold: LockHoldStage;
  private newestId = 0;
  private lastJobId = 0;
  /** When the oldest face drawn since the last readings was shown; null when the last face was measured. */
  private unmeasuredSince: number | null = null;
  /** The newest main face and its request, for the stages that run once the loop rests. */
  private resting: { record: FrameRecord; request: MainRequest } | null = null;
  /** Rest-time passes, one after another, so a pass never competes with the one before it. */
  private restWork: Promise<void> = Promise.resolve();
  private restPasses = 0;
  private loopBusy = false;
  /** The exact face of a request shown as its nearest prepared face, drawn once input pauses. */
  private readonly exactSoon = new SettleTimer();
  /** Input came less than `settleMs` ago: a drag's next move is due, so nothing is prepared yet. */
  private readonly inputSoon = new SettleTimer();
  private newestState: MainRequest['state'] | null = null;
  readonly preparer: FacePreparer;
  private readonly stages: StageDeps;

  constructor(
    private readonly deps: RuntimeDeps,
    private readonly config: RuntimeConfig,
  ) {
    const render = async (latent: Float32Array) => (await deps.model.render([latent]))[0]!;
    this.reader = new FaceReader({ measurers: deps.measurers, render });
    this.lockHold = new LockHoldStage({ render, measure: (image) => this.reader.measure(image) });
    const { lockHold, reader } = this;
    const hdFailed = (error: unknown) => deps.hdFailed(error);
    this.stages = { lockHold, reader, hd: deps.hd, measuring: () => this.measuring, hdFailed };
    this.preparer = new FacePreparer({
      render: (latents, between) => (deps.model.renderInSteps ? deps.model.renderInSteps(latents, between) : deps.model.render(latents)),
      readings: (image, latent, reference) => (this.measuring ? this.reader.readings(image, latent, reference) : null),
      canWork: () => !this.loopBusy && !this.exactSoon.pending && !this.inputSoon.pending && this.restPasses === 0,
      near: () => this.newestState,
      batchSize: config.prepareBatch,
    });
    this.loop = config.renderLoop((job) => this.renderNow(job), {
      onBusy: (busy) => {
        this.loopBusy = busy;
        if (busy) return;
        deps.listener.idle(this.lastJobId);
        this.afterRest(() => this.restStages());
      },
      onError: (error) => deps.onError(error),
      beforeJob: config.beforeJob,
    });
  }

  get backend(): string {
    return this.deps.model.backend;
  }

  draw(request: DrawRequest): void {
    // Any new input supersedes the HD pass at its next tile.
    this.deps.hd.cancel();
    this.newestId = Math.max(this.newestId, request.id);
    this.exactSoon.cancel();
    this.inputSoon.start(this.config.settleMs, () => this.preparer.kick());
    if (request.kind === 'main') {
      this.newestState = request.state;
      this.preparer.retarget(request.state);
      if (!request.hold && this.showPrepared(request)) return;
    }
    this.loop.request(request);
  }

  /**
   * A kept face for `request`: the exact one is the request's face, with its stages still to
   * run (HD); the nearest is shown at once and the exact face drawn when input pauses.
   */
  private showPrepared(request: MainRequest): boolean {
    const exact = this.preparer.cache.exact(request.state);
    const face = exact ?? (request.exact ? null : this.preparer.cache.nearest(request.state));
    if (!face) return false;
    this.loop.cancelPending?.();
    const record = preparedRecord(request.id, request.state, face, !exact);
    if (exact) {
      this.lastJobId = Math.max(this.lastJobId, request.id);
      this.resting = { record, request };
      const rest = () => this.afterRest(() => this.restStages());
      // Readings still to take cost a measurement the next move would wait for: once input pauses.
      if (exact.readings) rest();
      else this.exactSoon.start(this.config.settleMs, rest);
    } else if (!request.state.playing) {
      // Play never rests: its exact face comes when it stops (the page asks again then).
      this.exactSoon.start(this.config.settleMs, () => this.loop.request(request));
    }
    // The bytes are handed to the page: the kept face keeps its own.
    this.deps.listener.record({ stage: 'drawn', record: { ...record, image: { ...face.image, rgba: face.image.rgba.slice() } } });
    return true;
  }

  /** The request's face through every stage, outside the loop and never superseded. */
  drawFinal(request: MainRequest): Promise<FrameRecord> {
    return drawFinal(this.deps.model, request, this.stages);
  }

  renderImages(latents: Float32Array[]) {
    return this.deps.model.render(latents);
  }

  measureBatch(faces: BatchFace[], options: MeasureBatchOptions): Promise<MeasuredBatch> {
    return measureBatch(this.deps.model, this.reader, faces, options);
  }

  /** Runs the stages again on the face at rest (HD was switched on). */
  restAgain(): void {
    this.afterRest(() => this.restStages());
  }

  async idle(): Promise<void> {
    await this.exactSoon.settled();
    await this.loop.idle();
    await this.restWork;
  }

  /** The model's backend is gone: nothing more is drawn with it. */
  dispose(): void {
    this.newestId = Infinity;
    this.deps.hd.cancel();
    this.exactSoon.cancel();
    this.inputSoon.cancel();
    this.lockHold.forget();
    this.reader.forget();
    this.preparer.forget();
    try {
      this.deps.model.dispose();
    } catch {
      // A lost context cannot free what it held; the browser does.
    }
  }

  private superseded(id: number): boolean {
    return this.newestId > id;
  }

  private emit(update: FrameUpdate): void {
    if (this.resting && this.resting.record.id === (update.stage === 'drawn' ? update.record.id : update.id)) {
      this.resting = { ...this.resting, record: applyUpdate(this.resting.record, update) };
    }
    if (update.stage === 'measured' || update.stage === 'held') this.unmeasuredSince = null;
    // The face at rest keeps its readings with it: Back, a key step or Play may ask again.
    const resting = this.resting?.record;
    if (update.stage === 'measured' && resting?.id === update.id && !resting.lockStatus) {
      this.preparer.remember({ state: resting.state, image: resting.image, readings: update.readings });
    }
    this.deps.listener.record(update);
  }

  private async renderNow(job: DrawRequest): Promise<void> {
    this.lastJobId = Math.max(this.lastJobId, job.id);
    const started = performance.now();
    if (job.kind === 'gallery') return renderGallery(this.deps.model, job, this.deps.listener);
    const [image] = await this.deps.model.render([job.latent]);
    // The image's bytes are handed over to the page (a worker transfers them): the stages keep a copy.
    const kept = { ...image!, rgba: image!.rgba.slice() };
    const record: FrameRecord = { id: job.id, state: job.state, image: kept, ms: performance.now() - started, final: false };
    // A kept face shown meanwhile for a newer request stays the one at rest.
    if (job.id < (this.resting?.record.id ?? 0)) return;
    this.resting = { record, request: job };
    // Kept at once, readings to follow: Play's next pass and a drag back find it.
    if (!job.hold) this.preparer.remember({ state: job.state, image: kept });
    this.deps.listener.record({ stage: 'drawn', record: { ...record, image: image! } });
    this.unmeasuredSince ??= performance.now();
    if (!job.hold && this.measuring && performance.now() - this.unmeasuredSince >= this.config.maxUnmeasuredMs) {
      this.emit({ stage: 'measured', id: job.id, readings: await this.reader.readings(kept, job.latent, job.reference) });
    }
  }

  /** Once the loop rests on a main face: its stages, stopped as soon as newer input arrives. */
  private async restStages(): Promise<void> {
    const resting = this.resting;
    if (!resting || resting.record.id !== this.lastJobId || this.superseded(resting.record.id)) return;
    await runStages(
      resting.record,
      resting.request,
      this.stages,
      (u) => this.emit(u),
      () => this.superseded(resting.record.id),
    );
  }

  /** Queues rest-time work behind the pass before it; a failure there stops no later pass. */
  private afterRest(work: () => Promise<void>): void {
    this.restPasses++;
    this.restWork = this.restWork
      .then(work)
      .catch(() => {})
      .finally(() => {
        // Once the face at rest has everything, the rest of the idle time prepares faces ahead.
        if (--this.restPasses === 0) this.preparer.kick();
      });
  }
}
