/**
 * What the page and the face engine say to each other. The engine runs in a module worker
 * (engine.worker.ts) or, where a browser cannot run it there, on the page (engineClient.ts);
 * either way the page sees this interface, every call asynchronous, every frame as bytes.
 */
import type { BackendName } from '../core/backends';
import type { FaceImage } from '../core/faceBytes';
import type { LockStatus } from '../core/lockHold';
import type { LockHoldRequest } from '../core/lockPlan';
import type { FaceMeasurement } from '../core/measure/faceMeasurer';
import type { LoadProgress } from '../core/modelFiles';

/** Where the engine runs: its module worker, or the page (browsers that cannot use a worker for it). */
export const ENGINE_THREADS = ['worker', 'page'] as const;
export type EngineThread = (typeof ENGINE_THREADS)[number];

export interface ModelLocation {
  /** Absolute URL of the model folder, ending in '/'. */
  modelBase: string;
  /** Absolute URL of the site root: face-api's weights and the offline cache live below it. */
  siteRoot: string;
}

export interface LoadedModel {
  latentSize: number;
  outputShape: [number, number, number];
}

export interface StartedBackend {
  backend: BackendName;
  /** Why this backend and not the usual first choice, for the status line ("software GPU detected…"). */
  why: string | null;
  /** A forced backend that could not start, for a notice. */
  notice: string | null;
}

/** One unit of the latest-wins loop: the main face, or the gallery's batch. */
export interface DrawJob {
  seq: number;
  kind: 'main' | 'gallery';
  latents: Float32Array[];
  /** Locks to hold per face once this main face rests (lockHoldStage.ts); absent without locks. */
  hold?: LockHoldRequest;
}

/** A main face corrected so its locked readings hold, sent as a second frame for the same request. */
export interface HeldReport {
  statuses: LockStatus[];
  /** face-api's readings of the corrected face, so the page need not measure it again. */
  measurement: FaceMeasurement | null;
  /** Faces drawn and measured for it, and how long it took in the engine. */
  measures: number;
  ms: number;
}

export interface DrawnFrame {
  seq: number;
  kind: DrawJob['kind'];
  images: FaceImage[];
  /** Inference plus read-back, in the engine. */
  ms: number;
  /** Present on the corrected face of a job that asked to hold locks. */
  held?: HeldReport;
}

/** The main face ×4, drawn once the loop rested on it; shown only if `seq` is still the newest state. */
export interface HdFrame {
  seq: number;
  image: FaceImage;
  /** The whole HD pass in the engine, tiles and the gaps between them included. */
  ms: number;
}

/** A model file that failed, named so the error view can say which. */
export interface EngineFailure {
  message: string;
  file: string | null;
}

/** Calls from the engine to the page. */
export interface EngineListener {
  progress(progress: LoadProgress): void;
  /** Something the user should know that stops nothing (offline storage full). */
  notice(text: string): void;
  frame(frame: DrawnFrame): void;
  /** The HD face for a main frame's seq. */
  hdFrame(frame: HdFrame): void;
  /** The upscaler could not be loaded or run; a failed file is named like the generator's. */
  hdFailed(failure: EngineFailure): void;
  /** Nothing is being drawn or waiting; `lastSeq` is the newest job the loop took. */
  idle(lastSeq: number): void;
  /**
   * The backend stopped working (a lost GPU, a kernel that failed): the engine has dropped it,
   * and the page brings the app back through its one start path, which picks the next one.
   */
  backendLost(reason: string): void;
}

export interface FaceEngineApi {
  /** Fetches and verifies the model (once; again after a failure). Rejects with an EngineFailure-shaped error. */
  load(location: ModelLocation, listener: EngineListener): Promise<LoadedModel>;
  /** Builds the model on the best backend that works, skipping ones that failed before. */
  startBackend(forced: BackendName | null): Promise<StartedBackend>;
  /** Queues a frame; a newer job replaces one still waiting (latest wins). */
  draw(job: DrawJob): Promise<void>;
  /** Faces outside the loop, so a slider move cannot drop them (sweep, download). */
  renderImages(latents: Float32Array[]): Promise<FaceImage[]>;
  /**
   * HD after rest: the upscaler's folder (absolute URL ending in '/', loaded on first use), or
   * null for off. A new `draw` supersedes the HD pass in progress.
   */
  setHd(upscalerBase: string | null): Promise<void>;
  /** One face ×4 outside the loop (the 512 px download); needs `setHd` with a folder. */
  upscale(image: FaceImage): Promise<FaceImage>;
  /** face-api's readings of a face, measured where the engine runs. */
  measure(image: FaceImage): Promise<FaceMeasurement>;
  /** Draws and measures a batch where the engine runs; only the readings come back (the population audit). */
  auditBatch(latents: Float32Array[]): Promise<FaceMeasurement[]>;
  /** Resolves when nothing is being drawn or waiting. */
  idle(): Promise<void>;
}

export type QueueMode = 'latest-wins' | 'every-request';

/**
 * Only in test and benchmark builds (src/testing/engineInstrumentation.ts): what e2e tests and
 * the latency benchmark need from inside the engine and cannot reach through the UI.
 */
export interface EngineProbes {
  /** The backend tfjs runs on in the engine. */
  engineBackend(): Promise<string>;
  tensorCount(): Promise<number>;
  /** Loses the WebGL context or destroys the WebGPU device, as a driver reset would. */
  loseGpu(): Promise<boolean>;
  /** 'every-request' draws each request in turn, as most GAN demos do (the benchmark's baseline). */
  setQueue(mode: QueueMode): Promise<void>;
  /** Throws an uncaught error where the engine runs, as a crash would. */
  crash(): Promise<void>;
  /** Measures with src/testing/fakeMeasurer.ts instead of face-api from now on: readings that follow the pixels, after `delayMs` a face. */
  fakeMeasurer(delayMs: number): Promise<void>;
}
