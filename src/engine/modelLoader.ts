/**
 * Loading, separate from running (as tfjs-models splits load() from inference): the model's
 * files fetched, verified and kept for offline use, then the generator built on the best
 * backend that starts. What it returns is a loaded model; faceRuntime.ts runs one.
 */
import * as tf from '@tensorflow/tfjs-core';
import { forcedBackendNotice, startFirstWorkingBackend } from '../core/backendStart';
import { BACKENDS, planBackends, type BackendName, type GpuProbe } from '../core/backends';
import { FaceGenerator } from '../core/generator';
import { loadModelFiles, ModelFileError, type LoadedModelFiles } from '../core/modelFiles';
import { chooseWasmThreads, type WasmThreadContext } from '../core/wasmThreads';
import { importBackend, wasmThreadsInUse, type BackendSetup } from './backendModules';
import { fetchFrom, forgetOfflineCopy, keepingForOffline } from './modelSource';
import type { EngineFailure, EngineListener, LoadedModel, ModelLocation, StartedBackend } from './protocol';

/** Errors cross the worker boundary as plain data: the file a failure names must survive. */
export function toEngineFailure(error: unknown): EngineFailure {
  if (error instanceof ModelFileError) return { message: error.message, file: error.file };
  return { message: error instanceof Error ? error.message : String(error), file: null };
}

export class ModelLoader {
  private files: Promise<LoadedModelFiles> | null = null;
  private location: ModelLocation | null = null;
  private probes: Promise<GpuProbe[]> | null = null;
  private readonly ruledOut = new Set<BackendName>();

  constructor(private readonly probeGpus: () => Promise<GpuProbe[]>) {}

  /** Fetches and verifies the files once per model folder; a failed load is fetched again next time. */
  async load(location: ModelLocation, listener: Pick<EngineListener, 'progress' | 'notice'>): Promise<LoadedModel> {
    if (!this.files || this.location?.modelBase !== location.modelBase) {
      this.location = location;
      const loading = this.loadFiles(location, listener);
      this.files = loading;
      loading.catch(() => {
        if (this.files === loading) this.files = null;
      });
    }
    const { latentSize, outputShape } = (await this.files).manifest;
    return { latentSize, outputShape };
  }

  get siteRoot(): string | null {
    return this.location?.siteRoot ?? null;
  }

  /**
   * The generator on the first backend of the plan that starts, skipping those ruled out. May be
   * called while load() still fetches: the backend then starts beside the download.
   */
  async start(
    forced: BackendName | null,
    forcedThreads: number | null = null,
  ): Promise<{ generator: FaceGenerator; started: StartedBackend }> {
    const loading = this.files;
    if (!loading) throw toEngineFailure(new Error('the model is not loaded'));
    // A forced backend is tried first whatever it runs on: only the automatic order needs to ask.
    if (!forced) this.probes ??= this.probeGpus();
    const plan = planBackends(forced, forced ? [] : await this.probes!, [...this.ruledOut]);
    // The first choice's own start (its WASM binary, its GPU device) overlaps the weights' download.
    const first = plan.order[0]!;
    const wasm = chooseWasmThreads(forcedThreads, wasmThreadContext());
    const setup: BackendSetup = { wasmThreads: wasm.threads };
    const register = (backend: BackendName) => importBackend(backend, setup);
    const firstReady = register(first)
      .then(() => tf.setBackend(first))
      .catch(() => false);
    const files = await loading;
    await firstReady;
    // A forced backend lost earlier was ruled out on purpose; the loss has its own notice.
    const forcedRuledOut = forced !== null && this.ruledOut.has(forced);
    try {
      const started = await startFirstWorkingBackend(plan.order, () => FaceGenerator.create(files.artifacts, files.manifest), register);
      for (const failure of started.failures) this.ruledOut.add(failure.backend);
      const why = plan.reason && started.backend === plan.order[0] ? plan.reason : null;
      const notice = forcedRuledOut ? null : forcedBackendNotice(started.backend, forced, started.failures);
      const threads = started.backend === 'wasm' ? await wasmThreadsInUse() : null;
      const threadsWhy = threads === 1 ? wasm.why : null;
      return { generator: started.value, started: { backend: started.backend, why, notice, threads, threadsWhy } };
    } catch (error) {
      throw toEngineFailure(error);
    }
  }

  /**
   * A backend that lost its GPU or failed a frame is ruled out with every backend before it in
   * the usual order: a lost WebGL goes on to WASM, not back to a WebGPU that was passed over.
   */
  ruleOutThrough(backend: BackendName): void {
    for (const b of BACKENDS.slice(0, BACKENDS.indexOf(backend) + 1)) this.ruledOut.add(b);
  }

  private async loadFiles(location: ModelLocation, listener: Pick<EngineListener, 'progress' | 'notice'>): Promise<LoadedModelFiles> {
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
    return files;
  }
}

/** Where the engine runs, as chooseWasmThreads needs it. */
function wasmThreadContext(): WasmThreadContext {
  return {
    isolated: globalThis.crossOriginIsolated === true,
    inWorker: typeof WorkerGlobalScope !== 'undefined' && globalThis instanceof WorkerGlobalScope,
    cores: globalThis.navigator?.hardwareConcurrency ?? 0,
  };
}
