import { latentForSliders, SLIDER_NEUTRAL, type SliderAttribute } from '../core/attributes';
import type { BackendName } from '../core/backends';
import type { DirectionsFile } from '../core/directions';
import { effectiveDirections } from '../core/directionMath';
import { hdByDefault } from '../core/hdPolicy';
import type { MainFrameTap } from './frameTap';
import { latentFromSeed, randomSeed } from '../core/latent';
import { anchorSliders, lockSpecs, type LockHoldRequest } from '../core/lockPlan';
import { SERVED_MODEL_FOLDER } from '../core/manifest';
import type { LoadProgress } from '../core/modelFiles';
import type { EngineConnection } from '../engine/engineClient';
import type { EngineListener, EngineThread, ModelLocation } from '../engine/protocol';
import { fetchDirections } from './directionsSource';
import { EngineFrames } from './engineFrames.svelte';
import type { FacePainter } from './facePainter';
import { Gallery } from './gallery.svelte';
import { linkNotice, linkSliders } from './linkState';
import { notices } from './notices.svelte';
import { runStartSequence, type StartOutcome, type StartSteps } from './startSequence';
import { UrlWriter, type AddressBar } from './urlWriter';
import { parseUrlState, type Mode, type ParsedUrl, type UrlState } from './urlState';

export type Phase = 'loading' | 'ready' | 'error';

/** What the session needs from the page around it; main.ts passes the window. */
export interface SessionPage extends AddressBar {
  /** The sequence every start runs; replaceable so a test can see who calls it. */
  startSequence?: (steps: StartSteps) => Promise<StartOutcome>;
}

/** The face on screen, the sliders that steer it, and the one start path that brings it up. */
export class Session {
  phase = $state<Phase>('loading');
  progress = $state<LoadProgress>({ loadedBytes: 0, totalBytes: 0 });
  backend = $state<BackendName | null>(null);
  /** Why this backend, when it is not the usual first choice. */
  backendWhy = $state<string | null>(null);
  /** Where the engine runs, and why not in its worker when it does not. */
  engineThread = $state<EngineThread | null>(null);
  engineThreadWhy = $state<string | null>(null);
  busy = $state(true);
  seed = $state(0);
  error = $state<{ message: string; file: string | null } | null>(null);
  mode = $state<Mode>('explore');
  attributes = $state.raw<SliderAttribute[]>([]);
  directionsFile = $state.raw<DirectionsFile | null>(null);
  sliders = $state<Record<string, number>>({});
  locked = $state.raw<ReadonlySet<string>>(new Set());
  showAdvanced = $state(false);
  /** HD faces as the link or the toggle set them; null: the backend's default (hdPolicy.ts). */
  hd = $state<boolean | null>(null);
  /** A link's own model folder (?model=) may have no upscaler: HD there only when the link asks. */
  private linkModel = $state(false);
  hdOn = $derived(this.hd ?? (!this.linkModel && hdByDefault(this.backend)));
  readonly gallery = new Gallery();
  /** How much of each slider's direction the current locks leave free. */
  retained = $derived(
    new Map(
      [...effectiveDirections(new Map(this.attributes.map((a) => [a.id, a.direction])), this.locked)].map(
        ([id, e]) => [id, e.retained] as const,
      ),
    ),
  );

  /** Where the engine's frames go: the canvas, the gallery, the readout. */
  readonly frames = new EngineFrames({
    gallery: this.gallery,
    newestRequest: () => this.requestSeq,
    showsHd: () => this.mode !== 'gallery' && this.hdOn,
    faceShown: () => this.settleFirstFace(),
    caughtUp: () => (this.busy = false),
  });
  /** Settles when the first face is on screen or a start has failed: what may wait until then, waits for it. */
  readonly firstFaceOrFailure: Promise<void>;
  private settleFirstFace!: () => void;
  engine: EngineConnection | null = null;
  /** Numbers draw requests, so a frame of an old state is never shown over a newer one. */
  requestSeq = 0;
  private latentSize = 0;
  private lastLink: UrlState | null = null;
  private starting: Promise<void> | null = null;
  private restartAfter: string | null | undefined = undefined;
  private page: SessionPage | null = null;
  private readonly urlWriter = new UrlWriter(
    () => this.urlState(),
    () => this.attributes.map((a) => a.id),
    () => this.page!,
  );

  constructor() {
    this.firstFaceOrFailure = new Promise((resolve) => (this.settleFirstFace = resolve));
  }

  get painter(): FacePainter {
    return this.frames.painter;
  }

  /** The engine's time for the last frame. */
  get frameMs(): number | null {
    return this.frames.ms;
  }

  /** The live readout's hook on the main face (liveReadout.svelte.ts). */
  get mainFrameTap(): MainFrameTap | null {
    return this.frames.tap;
  }

  set mainFrameTap(tap: MainFrameTap | null) {
    this.frames.tap = tap;
  }

  /** Wires the session to its engine and page; main.ts calls it once, then `start`. */
  connect(engine: EngineConnection, page: SessionPage): void {
    this.engine = engine;
    this.page = page;
  }

  /**
   * The one start path: first load, Retry, a lost backend. `because` says why the app came back
   * (a lost GPU), for the notice. A start asked for while one runs follows it.
   */
  start(because: string | null = null): Promise<void> {
    if (this.starting) {
      this.restartAfter = because;
      return this.starting;
    }
    this.starting = this.runStart(because).finally(() => {
      this.starting = null;
      const again = this.restartAfter;
      this.restartAfter = undefined;
      if (again !== undefined) void this.start(again);
    });
    return this.starting;
  }

  retry(): Promise<void> {
    return this.start();
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

  setHd(on: boolean): void {
    this.hd = on;
    this.urlWriter.write('replace');
    this.applyHd();
    if (!this.hdOn) this.frames.hdSwitchedOff();
  }

  setMode(mode: Mode): void {
    if (mode === this.mode) return;
    this.mode = mode;
    this.urlWriter.write('replace');
    this.redraw();
  }

  /** The gallery shows the main face first, then others under the same sliders. */
  shuffleGallery(): void {
    this.gallery.shuffle(this.seed);
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
    return latentForSliders(latentFromSeed(seed, this.latentSize), this.attributes, sliders, locked);
  }

  /** The seed's face as generated: every slider at 50, so no lock changes it. */
  referenceLatent(seed: number): Float32Array {
    return latentFromSeed(seed, this.latentSize);
  }

  /** With locks on, the engine corrects the resting face so each locked reading holds (lockPlan.ts). */
  private holdRequest(): LockHoldRequest | undefined {
    const locks = lockSpecs(this.attributes, this.locked, this.directionsFile);
    if (locks.length === 0) return undefined;
    return { locks, anchor: this.latentFor(this.seed, anchorSliders(this.sliders, this.locked)) };
  }

  /** Asks for the current state to be drawn; the engine drops superseded requests. */
  redraw(): void {
    const engine = this.engine;
    if (this.phase !== 'ready' || !engine) return;
    this.busy = true;
    const seq = ++this.requestSeq;
    if (this.mode !== 'gallery') {
      const latent = this.latentFor(this.seed);
      this.frames.requested({ seq, latent, seed: this.seed, reference: this.referenceLatent(this.seed) });
      const hold = this.holdRequest();
      void engine.draw({ seq, kind: 'main', latents: [latent], ...(hold ? { hold } : {}) });
      return;
    }
    void engine.draw({ seq, kind: 'gallery', latents: this.gallery.seedsFor(this.seed).map((s) => this.latentFor(s)) });
  }

  urlState(): UrlState {
    const link = this.lastLink;
    return {
      seed: this.seed,
      backend: link?.backend ?? null,
      engine: link?.engine ?? null,
      model: link?.model ?? null,
      mode: this.mode,
      sliders: { ...this.sliders },
      locks: [...this.locked],
      advanced: this.showAdvanced,
      hd: this.hd,
    };
  }

  /** Where the model of a link lives; a model given in the link brings its own directions (tests use a tiny one). */
  modelLocation(link: UrlState): ModelLocation & { directions: URL; upscalerBase: URL } {
    const href = this.page!.location.href;
    const modelBase = new URL(link.model ? `${link.model}/` : SERVED_MODEL_FOLDER, href);
    return {
      modelBase: modelBase.href,
      siteRoot: new URL('./', href).href,
      directions: link.model ? new URL('directions.json', modelBase) : new URL('models/directions.json', href),
      upscalerBase: link.model ? new URL('upscaler/', modelBase) : new URL('models/upscaler-x4/', href),
    };
  }

  /** Tells the engine whether to add HD faces; it fetches the upscaler on its first HD pass. */
  private applyHd(): void {
    if (this.phase !== 'ready' || !this.lastLink) return;
    void this.engine?.setHd(this.hdOn ? this.modelLocation(this.lastLink).upscalerBase.href : null);
  }

  private async runStart(because: string | null): Promise<void> {
    const engine = this.engine!;
    // The address bar is what comes back: pending slider writes go there first.
    this.urlWriter.flush();
    this.phase = 'loading';
    this.error = null;
    this.busy = true;
    const sequence = this.page!.startSequence ?? runStartSequence;
    try {
      const outcome = await sequence({
        readLink: () => this.readLink(),
        fetchDirections: (link) => fetchDirections(this.modelLocation(link.state).directions),
        loadModel: (link) => {
          const { modelBase, siteRoot } = this.modelLocation(link.state);
          return engine.load({ modelBase, siteRoot }, this.listener);
        },
        startBackend: (link) => engine.startBackend(link.state.backend),
      });
      this.applyOutcome(outcome, because);
      this.phase = 'ready';
      this.applyHd();
      this.redraw();
    } catch (error) {
      this.fail(error);
    }
  }

  /** Applies what needs no model at once, so the seed and mode show while the model loads. */
  private readLink(): ParsedUrl {
    const link = parseUrlState(this.page!.location.search);
    this.lastLink = link.state;
    this.seed = link.state.seed ?? (this.seed || randomSeed());
    this.mode = link.state.mode;
    this.showAdvanced = link.state.advanced;
    this.hd = link.state.hd;
    this.linkModel = link.state.model !== null;
    for (const problem of link.problems) notices.add(linkNotice(problem, this.seed));
    this.urlWriter.write('replace');
    return link;
  }

  private applyOutcome({ model, backend, directions }: StartOutcome, because: string | null): void {
    this.latentSize = model.latentSize;
    this.backend = backend.backend;
    this.backendWhy = backend.why;
    if (backend.notice) notices.add(backend.notice);
    if (because) notices.add(`${because}; the face is now drawn with ${backend.backend}.`);
    if (directions.ok) {
      this.attributes = directions.attributes;
      this.directionsFile = directions.file;
    } else {
      this.attributes = [];
      this.directionsFile = null;
      notices.add(`Attribute sliders are unavailable: ${directions.reason}`);
    }
    this.applyLinkSliders(this.page!.location.search, true);
  }

  private applyLinkSliders(search: string, report: boolean): void {
    const { sliders, locked, problems } = linkSliders(search, this.attributes);
    if (report) for (const p of problems) notices.add(p);
    this.sliders = sliders;
    this.locked = locked;
    this.urlWriter.write('replace');
  }

  private readonly listener: EngineListener = {
    progress: (progress) => (this.progress = progress),
    notice: (text) => notices.add(text),
    frame: (frame) => this.frames.show(frame),
    hdFrame: (frame) => this.frames.showHd(frame),
    // A missing or corrupt upscaler file is a broken install, like a generator file: Retry.
    hdFailed: (failure) => this.fail(failure),
    idle: (lastSeq) => {
      if (lastSeq >= this.requestSeq) this.busy = false;
    },
    backendLost: (reason) => void this.start(reason),
  };

  private fail(error: unknown): void {
    this.settleFirstFace();
    this.phase = 'error';
    this.busy = false;
    const failure = error as { message?: unknown; file?: unknown } | null;
    this.error = {
      message: typeof failure?.message === 'string' ? failure.message : String(error),
      file: typeof failure?.file === 'string' ? failure.file : null,
    };
  }

  /** Back and Forward: the seed, mode and sliders of that history entry. */
  followUrl(): void {
    const { state } = parseUrlState(this.page!.location.search);
    if (state.seed !== null) this.seed = state.seed;
    this.mode = state.mode;
    this.hd = state.hd;
    this.applyHd();
    this.applyLinkSliders(this.page!.location.search, false);
    this.redraw();
  }
}

export const session = new Session();
