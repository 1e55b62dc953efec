/**
 * What the page and the face engine say to each other. The engine runs in a module worker
 * (engine.worker.ts) or, where a browser cannot run it there, on the page (engineClient.ts);
 * either way the page sees this interface, every call asynchronous, every face as bytes.
 *
 * A main face travels as one frame record (core/frameRecord.ts): the page asks with an id and
 * the state it shows, and the engine answers with updates of that record as the face rests
 * (drawn, locks held, measured, HD). The page never sends a face back.
 */
import type { BackendName } from '../core/backends';
import type { FaceImage } from '../core/faceBytes';
import type { FrameRecord, FrameUpdate } from '../core/frameRecord';
import type { LockHoldRequest } from '../core/lockPlan';
import type { FaceMeasurement } from '../core/measure/faceMeasurer';
import type { LoadProgress } from '../core/modelFiles';
import type { PrepareItem } from '../core/prepare/prepareQueue';
import type { Message, Text } from '../i18n/catalogue';
import type { FrameState } from '../core/presenter/frameState';

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
  why: Message | null;
  /** A forced backend that could not start, for a notice. */
  notice: Message | null;
  /** The WASM backend's threads (null on the other backends), and why only one when threads could not run. */
  threads: number | null;
  threadsWhy: Message | null;
}

/** The face on screen: one record per id, grown by the rest-time stages. */
export interface MainRequest {
  id: number;
  kind: 'main';
  latent: Float32Array;
  /** What the page asked for, handed back on the record so no one has to work it out later. */
  state: FrameState;
  /** The seed's face as generated (every slider at 50): what identity is measured against. */
  reference: Float32Array;
  /** Locks to hold once the face rests (lockHoldStage.ts); absent without locks. */
  hold?: LockHoldRequest;
  /** Its own face only: no kept face near it stands in (Play's last frame, drawn as Play stops). */
  exact?: true;
}

/** The gallery's faces, drawn as one batch and never measured. */
export interface GalleryRequest {
  id: number;
  kind: 'gallery';
  latents: Float32Array[];
}

export type DrawRequest = MainRequest | GalleryRequest;

export interface GalleryFrame {
  id: number;
  images: FaceImage[];
  ms: number;
}

/** One face of a batch job: its latent, and the seed's face as generated when identity is wanted. */
export interface BatchFace {
  latent: Float32Array;
  reference?: Float32Array;
}

export interface MeasureBatchOptions {
  /** Send the drawn faces back (the sweep's contact sheet); the audit needs only readings. */
  images: boolean;
  /** Compute identity descriptors (and the distance to `reference` where given). */
  descriptor: boolean;
}

export interface MeasuredBatch {
  images: FaceImage[] | null;
  measurements: FaceMeasurement[];
  /** Per face: identity distance to its reference's face; null when not asked or not found. */
  identity: (number | null)[];
}

/** A model file that failed, named so the error view can say which. */
export interface EngineFailure {
  message: string;
  file: string | null;
}

/** Calls from the engine to the page. */
export interface EngineListener {
  progress(progress: LoadProgress): void;
  /** Something the user should know that stops nothing (offline storage full): a message, translated on the page. */
  notice(text: Text): void;
  /** A main face's record: its first update carries the image and state, later ones what the stages added. */
  record(update: FrameUpdate): void;
  gallery(frame: GalleryFrame): void;
  /** The upscaler could not be loaded; a failed file is named like the generator's. */
  hdFailed(failure: EngineFailure): void;
  /** Nothing is being drawn or waiting; `lastId` is the newest request the loop took. */
  idle(lastId: number): void;
  /**
   * The backend stopped working (a lost GPU, a kernel that failed): the engine has dropped it,
   * and the page brings the app back through its one start path, which picks the next one.
   * A message, or an error's own words (a browser's, in English).
   */
  backendLost(reason: Message | string): void;
}

/**
 * The engine's calls, listed once: the worker's API, the client's proxy and the page fallback
 * are derived from this list (engineApi.ts).
 */
export const ENGINE_METHODS = [
  'load',
  'startBackend',
  'draw',
  'drawFinal',
  'renderImages',
  'measureBatch',
  'setHd',
  'upscale',
  'prepare',
  'preparedStats',
  'idle',
] as const;

export interface FaceEngineApi {
  /** Fetches and verifies the model (once; again after a failure). Rejects with an EngineFailure-shaped error. */
  load(location: ModelLocation, listener: EngineListener): Promise<LoadedModel>;
  /** Builds the model on the best backend that works, skipping ones that failed before; `threads` forces WASM's thread count. */
  startBackend(forced: BackendName | null, threads?: number | null): Promise<StartedBackend>;
  /** Queues a request; a newer one replaces one still waiting (latest wins) and cancels the older one's stages. */
  draw(request: DrawRequest): Promise<void>;
  /** A main request drawn outside the loop through the same stages, to its final record (a download). */
  drawFinal(request: MainRequest): Promise<FrameRecord>;
  /** Faces outside the loop, so a slider move cannot drop them. */
  renderImages(latents: Float32Array[]): Promise<FaceImage[]>;
  /** Draws and measures a batch where the engine runs (sweep, audit). */
  measureBatch(faces: BatchFace[], options: MeasureBatchOptions): Promise<MeasuredBatch>;
  /**
   * HD after rest: the upscaler's folder (absolute URL ending in '/', loaded on first use), or
   * null for off. A new `draw` supersedes the HD pass in progress.
   */
  setHd(upscalerBase: string | null): Promise<void>;
  /** One face ×4 outside the loop (the 512 px download of a face with no HD yet); needs `setHd` with a folder. */
  upscale(image: FaceImage): Promise<FaceImage>;
  /**
   * Faces to prepare while the face rests (core/prepare/), replacing the last plan; an empty
   * plan stops the work (switched off, the tab hidden). Drawn and measured only while the user
   * waits for nothing; kept for drags, Play and Back/Forward.
   */
  prepare(faces: PrepareItem[]): Promise<void>;
  /** What preparing has done and holds, for About. */
  preparedStats(): Promise<PreparedStats>;
  /** Resolves when nothing is being drawn or waiting and the face at rest has been through its stages. */
  idle(): Promise<void>;
}

export interface PreparedStats {
  /** Faces drawn ahead since the model started. */
  drawn: number;
  /** Faces kept, and their bytes. */
  kept: number;
  bytes: number;
  /** Faces of the current plan still to draw. */
  pending: number;
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
  /** Holds or resumes the measuring stage (a benchmark times faces alone). */
  holdMeasuring(hold: boolean): Promise<void>;
  /** Faces the model has drawn since the engine started, for any purpose. */
  facesDrawn(): Promise<number>;
}

export const ENGINE_PROBES = [
  'engineBackend',
  'tensorCount',
  'loseGpu',
  'setQueue',
  'crash',
  'fakeMeasurer',
  'holdMeasuring',
  'facesDrawn',
] as const;
