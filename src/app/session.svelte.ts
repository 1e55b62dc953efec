import type { BackendName } from '../core/backends';
import { latentFromSeed, randomSeed } from '../core/latent';
import { ModelFileError, type LoadProgress } from '../core/modelFiles';
import { FaceEngine } from './faceEngine';
import { notices } from './notices.svelte';
import { formatUrlState, parseUrlState, type UrlState } from './urlState';

export type Phase = 'loading' | 'ready' | 'error';

/** The face on screen and the machinery behind it, shared by every view. */
class Session {
  phase = $state<Phase>('loading');
  progress = $state<LoadProgress>({ loadedBytes: 0, totalBytes: 0 });
  backend = $state<BackendName | null>(null);
  frameMs = $state<number | null>(null);
  busy = $state(true);
  canvas = $state.raw<HTMLCanvasElement | null>(null);
  seed = $state(0);
  error = $state<{ message: string; file: string | null } | null>(null);

  private engine: FaceEngine | null = null;
  private url: UrlState = { seed: null, backend: null, model: null };

  async init(location: Location = window.location): Promise<void> {
    const parsed = parseUrlState(location.search);
    this.url = parsed.state;
    this.seed = parsed.state.seed ?? randomSeed();
    for (const problem of parsed.problems) notices.add(`${problem} ${this.replacementNote(problem)}`);
    this.writeUrl('replace');
    const modelBase = new URL(`${parsed.state.model ?? 'models/progan-128/float16'}/`, location.href);
    this.engine = new FaceEngine(modelBase, {
      onProgress: (p) => (this.progress = p),
      onBackend: (backend, notice) => {
        this.backend = backend;
        if (notice) notices.add(notice);
      },
      onCanvas: (canvas) => (this.canvas = canvas),
      onFrame: (ms) => (this.frameMs = ms),
      onBusy: (busy) => (this.busy = busy),
      onError: (error) => this.fail(error),
    });
    await this.start();
    window.addEventListener('popstate', () => this.followUrl());
  }

  async retry(): Promise<void> {
    await this.start();
  }

  setSeed(seed: number): void {
    if (seed === this.seed) return;
    this.seed = seed;
    this.writeUrl('push');
    this.redraw();
  }

  newFace(): void {
    this.setSeed(randomSeed());
  }

  /** Asks for the current state to be drawn; superseded requests are dropped by the engine. */
  redraw(): void {
    if (this.phase !== 'ready' || !this.engine) return;
    this.busy = true;
    this.engine.request(latentFromSeed(this.seed, this.engine.latentSize));
  }

  private async start(): Promise<void> {
    this.phase = 'loading';
    this.error = null;
    try {
      await this.engine!.start(this.url.backend);
      this.phase = 'ready';
      this.redraw();
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    this.phase = 'error';
    this.busy = false;
    this.error = {
      message: error instanceof Error ? error.message : String(error),
      file: error instanceof ModelFileError ? error.file : null,
    };
  }

  private replacementNote(problem: string): string {
    if (problem.startsWith('Seed')) return `Showing seed ${this.seed} instead.`;
    if (problem.startsWith('Backend')) return 'Choosing the backend automatically.';
    return 'Using the default model.';
  }

  private writeUrl(mode: 'push' | 'replace'): void {
    this.url = { ...this.url, seed: this.seed };
    const search = formatUrlState(this.url, window.location.search);
    const href = `${window.location.pathname}${search}${window.location.hash}`;
    if (mode === 'push') history.pushState(null, '', href);
    else history.replaceState(null, '', href);
  }

  private followUrl(): void {
    const { state } = parseUrlState(window.location.search);
    if (state.seed !== null && state.seed !== this.seed) {
      this.seed = state.seed;
      this.redraw();
    }
  }
}

export const session = new Session();
