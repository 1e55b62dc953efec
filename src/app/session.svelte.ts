import { latentForSliders, SLIDER_NEUTRAL, type SliderAttribute } from '../core/attributes';
import type { BackendName } from '../core/backends';
import type { DirectionsFile } from '../core/directions';
import { effectiveDirections } from '../core/directionMath';
import { latentFromSeed, randomSeed } from '../core/latent';
import { ModelFileError, type LoadProgress } from '../core/modelFiles';
import { loadSliderAttributes } from './directionsSource';
import { FaceEngine } from './faceEngine';
import { notices } from './notices.svelte';
import { UrlWriter } from './urlWriter';
import { parseUrlState, type Mode, type UrlState } from './urlState';

export type Phase = 'loading' | 'ready' | 'error';

/** A 3×3 grid: one batched inference, readable on a projector. */
export const GALLERY_SIZE = 9;

/** The face on screen, the sliders that steer it and the machinery behind it. */
class Session {
  phase = $state<Phase>('loading');
  progress = $state<LoadProgress>({ loadedBytes: 0, totalBytes: 0 });
  backend = $state<BackendName | null>(null);
  frameMs = $state<number | null>(null);
  busy = $state(true);
  canvas = $state.raw<HTMLCanvasElement | null>(null);
  seed = $state(0);
  error = $state<{ message: string; file: string | null } | null>(null);
  mode = $state<Mode>('explore');
  attributes = $state.raw<SliderAttribute[]>([]);
  directionsFile = $state.raw<DirectionsFile | null>(null);
  sliders = $state<Record<string, number>>({});
  locked = $state.raw<ReadonlySet<string>>(new Set());
  showAdvanced = $state(false);
  gallerySeeds = $state<number[]>([]);
  galleryImages = $state.raw<ImageData[]>([]);
  /** How much of each slider's direction the current locks leave free. */
  retained = $derived(
    new Map(
      [...effectiveDirections(new Map(this.attributes.map((a) => [a.id, a.direction])), this.locked)].map(
        ([id, e]) => [id, e.retained] as const,
      ),
    ),
  );

  engine: FaceEngine | null = null;
  private forcedBackend: BackendName | null = null;
  private model: string | null = null;
  private readonly urlWriter = new UrlWriter(() => this.urlState(), () => this.attributes.map((a) => a.id));

  async init(location: Location = window.location): Promise<void> {
    // Captured now: the link's sliders and locks are applied after the directions load, and
    // the address bar is rewritten before that.
    const search = location.search;
    const first = parseUrlState(search);
    this.forcedBackend = first.state.backend;
    this.model = first.state.model;
    this.mode = first.state.mode;
    this.showAdvanced = first.state.advanced;
    this.seed = first.state.seed ?? randomSeed();
    for (const problem of first.problems) notices.add(`${problem} ${this.replacementNote(problem)}`);
    this.urlWriter.write('replace');
    const modelBase = new URL(`${this.model ?? 'models/progan-128/float16'}/`, location.href);
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
    // A model given in the link brings its own directions (tests use a tiny model and file).
    const directionsUrl = this.model ? new URL('directions.json', modelBase) : new URL('models/directions.json', location.href);
    if (this.phase === 'ready') await this.loadAttributes(directionsUrl, search);
    window.addEventListener('popstate', () => this.followUrl());
  }

  async retry(): Promise<void> {
    await this.start();
  }

  setSeed(seed: number): void {
    if (seed === this.seed) return;
    this.seed = seed;
    this.urlWriter.write('push');
    this.redraw();
  }

  newFace(): void {
    this.setSeed(randomSeed());
  }

  setSlider(id: string, value: number): void {
    this.sliders[id] = value;
    this.urlWriter.write('replace-soon');
    this.redraw();
  }

  setLocked(id: string, locked: boolean): void {
    const next = new Set(this.locked);
    if (locked) next.add(id);
    else next.delete(id);
    this.locked = next;
    this.urlWriter.write('replace');
    this.redraw();
  }

  setShowAdvanced(show: boolean): void {
    this.showAdvanced = show;
    this.urlWriter.write('replace');
  }

  setMode(mode: Mode): void {
    if (mode === this.mode) return;
    this.mode = mode;
    this.urlWriter.write('replace');
    this.redraw();
  }

  /** The gallery shows the main face first, then others under the same sliders. */
  shuffleGallery(): void {
    this.gallerySeeds = [this.seed, ...Array.from({ length: GALLERY_SIZE - 1 }, randomSeed)];
    this.galleryImages = [];
    this.redraw();
  }

  pickFromGallery(seed: number): void {
    this.setSeed(seed);
    this.setMode('explore');
  }

  resetSliders(): void {
    for (const a of this.attributes) this.sliders[a.id] = SLIDER_NEUTRAL;
    this.urlWriter.write('replace');
    this.redraw();
  }

  /** The latent for a seed under the current (or given) sliders and locks. */
  latentFor(seed: number, sliders: Readonly<Record<string, number>> = this.sliders, locked = this.locked): Float32Array {
    const base = latentFromSeed(seed, this.engine!.latentSize);
    return latentForSliders(base, this.attributes, sliders, locked);
  }

  /** Asks for the current state to be drawn; superseded requests are dropped by the engine. */
  redraw(): void {
    if (this.phase !== 'ready' || !this.engine) return;
    this.busy = true;
    if (this.mode !== 'gallery') {
      this.engine.request(this.latentFor(this.seed));
      return;
    }
    if (this.gallerySeeds[0] !== this.seed) this.gallerySeeds = [this.seed, ...Array.from({ length: GALLERY_SIZE - 1 }, randomSeed)];
    this.engine.requestImages(
      this.gallerySeeds.map((s) => this.latentFor(s)),
      (images) => (this.galleryImages = images),
    );
  }

  urlState(): UrlState {
    return {
      seed: this.seed,
      backend: this.forcedBackend,
      model: this.model,
      mode: this.mode,
      sliders: { ...this.sliders },
      locks: [...this.locked],
      advanced: this.showAdvanced,
    };
  }

  private async start(): Promise<void> {
    this.phase = 'loading';
    this.error = null;
    try {
      await this.engine!.start(this.forcedBackend);
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

  private async loadAttributes(url: URL, search: string): Promise<void> {
    const loaded = await loadSliderAttributes(url, this.engine!.latentSize);
    if (!loaded.ok) {
      notices.add(`Attribute sliders are unavailable: ${loaded.reason}`);
      return;
    }
    this.attributes = loaded.attributes;
    this.directionsFile = loaded.file;
    this.applyUrlSliders(search, true);
  }

  /** Sliders and locks in the link can only be read once the attributes are known. */
  private applyUrlSliders(search: string, report: boolean): void {
    const { state, problems } = parseUrlState(search, this.attributes.map((a) => a.id));
    if (report) for (const p of problems.filter((p) => p.startsWith('Slider') || p.startsWith('Lock'))) notices.add(p);
    for (const a of this.attributes) this.sliders[a.id] = state.sliders[a.id] ?? SLIDER_NEUTRAL;
    this.locked = new Set(state.locks);
    this.urlWriter.write('replace');
    this.redraw();
  }

  private replacementNote(problem: string): string {
    if (problem.startsWith('Seed')) return `Showing seed ${this.seed} instead.`;
    if (problem.startsWith('Backend')) return 'Choosing the backend automatically.';
    if (problem.startsWith('Model')) return 'Using the default model.';
    return '';
  }

  private followUrl(): void {
    const { state } = parseUrlState(window.location.search);
    if (state.seed !== null) this.seed = state.seed;
    this.mode = state.mode;
    this.applyUrlSliders(window.location.search, false);
  }
}

export const session = new Session();
