/**
 * The app's session: the explorer state (explorerState.svelte.ts) on the face engine, the one
 * start path that brings both up (first load, Retry, a lost backend), and each edit turned into
 * a URL write and a draw request in one place (`edit`). Frames come back as records
 * (frames.svelte.ts).
 */
import type { BackendName } from '../core/backends';
import { hdByDefault, WASM_HD_COST_IN_FACES } from '../core/hdPolicy';
import { randomSeed } from '../core/latent';
import type { EngineConnection } from '../engine/engineClient';
import type { EngineThread } from '../engine/protocol';
import type { AuditSource } from './audit.svelte';
import { ExplorerState } from './explorerState.svelte';
import { deviceLimits } from './deviceLimits.svelte';
import { FrameStore } from './frames.svelte';
import { Gallery } from './gallery.svelte';
import { modelLocation } from './linkState';
import { notices } from './notices.svelte';
import { PrepareAhead } from './prepareAhead.svelte';
import { runStartSequence } from './startSequence';
import type { SweepSource } from './sweep.svelte';
import { Startup, type Because, type Phase, type StartupDeps } from './startup.svelte';
import { UrlWriter, type AddressBar } from './urlWriter';
import { parseUrlState, type Mode, type UrlState } from './urlState';
import type { Message } from '../i18n/catalogue';

/** How an edit reaches the address bar: a new face is a history entry, a drag replaces it soon. */
type HistoryWrite = 'push' | 'replace' | 'replace-soon' | 'none';

export class Session {
  /** Where the engine runs, and why not in its worker when it does not. */
  engineThread = $state<EngineThread | null>(null);
  engineThreadWhy = $state<Message | null>(null);
  readonly state = new ExplorerState();
  readonly gallery = new Gallery();
  readonly frames = new FrameStore({
    gallery: this.gallery,
    showsHd: () => this.state.mode !== 'gallery' && this.hdOn,
    faceShown: () => this.settleFirstFace(),
    rested: () => this.ahead.rested(),
  });
  /** Faces prepared ahead while the face rests (prepareAhead.svelte.ts). */
  readonly ahead: PrepareAhead = new PrepareAhead({
    state: this.state,
    frames: this.frames,
    engine: () => (this.phase === 'ready' ? this.engine : null),
  });
  /** Settles when the first face is on screen or a start has failed: what may wait until then, waits for it. */
  readonly firstFaceOrFailure: Promise<void>;
  private settleFirstFace!: () => void;
  engine: EngineConnection | null = null;
  private page: AddressBar | null = null;
  private readonly urlWriter = new UrlWriter(
    () => this.urlState(),
    () => this.state.attributes.map((a) => a.id),
    () => this.page!,
  );
  private sequence: StartupDeps['sequence'];
  readonly startup: Startup = new Startup({
    state: this.state,
    urlWriter: this.urlWriter,
    page: () => this.page!,
    engine: () => this.engine!,
    listener: {
      progress: (progress) => (this.startup.progress = progress),
      notice: (text) => notices.add(text),
      record: (update) => this.frames.apply(update),
      gallery: (frame) => this.frames.gallery(frame),
      // A missing or corrupt upscaler file is a broken install, like a generator file: Retry.
      hdFailed: (failure) => this.startup.fail(failure),
      idle: (lastId) => this.frames.idle(lastId),
      backendLost: (reason) => void this.start(reason),
    },
    ready: () => {
      this.applyHd();
      this.redraw();
    },
    failed: () => this.settleFirstFace(),
    sequence: (steps) => (this.sequence ?? runStartSequence)(steps),
  });

  constructor() {
    this.firstFaceOrFailure = new Promise((resolve) => (this.settleFirstFace = resolve));
  }

  get phase(): Phase {
    return this.startup.phase;
  }

  get backend(): BackendName | null {
    return this.startup.backend;
  }

  get error(): Startup['error'] {
    return this.startup.error;
  }

  /** What batch jobs (sweep, audit) start from: the explorer state, on this engine. */
  get jobSource(): SweepSource & AuditSource {
    const { state } = this;
    return {
      engine: this.engine,
      backend: this.backend,
      engineThread: this.engineThread,
      seed: state.seed,
      sliders: state.sliders,
      locked: state.locked,
      attributes: state.attributes,
      latentFor: (seed, sliders, locked) => state.latentFor(seed, sliders, locked),
      referenceLatent: (seed) => state.referenceLatent(seed),
    };
  }

  get hdOn(): boolean {
    return this.state.hd ?? (!this.startup.linkModel && hdByDefault(this.startup.backend, WASM_HD_COST_IN_FACES, deviceLimits.lowEnd));
  }

  get busy(): boolean {
    return this.phase === 'loading' || (this.phase === 'ready' && this.frames.busy);
  }

  /** Wires the session to its engine and page; main.ts calls it, then `start`. */
  connect(
    engine: { api: EngineConnection; thread: EngineThread; why: Message | null },
    page: AddressBar,
    sequence = runStartSequence,
  ): void {
    this.engine = engine.api;
    this.engineThread = engine.thread;
    this.engineThreadWhy = engine.why;
    this.page = page;
    this.sequence = sequence;
  }

  /** The one start path (startup.svelte.ts): first load, Retry, a lost backend. */
  start(because: Because | null = null): Promise<void> {
    return this.startup.start(because);
  }

  retry(): Promise<void> {
    return this.startup.start();
  }

  /** Applies a change to the explorer state, writes the address bar and draws the result. */
  edit(change: (state: ExplorerState) => void, history: HistoryWrite, redraw = true): void {
    change(this.state);
    if (history !== 'none') this.urlWriter.write(history);
    if (redraw) this.redraw();
  }

  setSeed(seed: number): void {
    if (seed !== this.state.seed) this.edit((s) => ((s.seed = seed), (s.playing = null)), 'push');
  }

  newFace(): void {
    this.setSeed(randomSeed());
  }

  /** `byPlay`: Play moved it, so the frame belongs to Play's trace. */
  setSlider(id: string, value: number, byPlay = false): void {
    this.edit((s) => ((s.sliders[id] = value), (s.playing = byPlay ? id : null), (s.activeSlider = id)), 'replace-soon');
  }

  /**
   * Play stopped: a nearest prepared face on screen is replaced by the exact one, which is still
   * Play's frame (its point belongs to the trace); an exact one stays.
   */
  playStopped(): void {
    if (!this.state.playing) return;
    if (this.frames.onScreen?.approximate === true) this.redraw({ exact: true });
    this.edit((s) => (s.playing = null), 'none', false);
  }

  setLocked(id: string, locked: boolean): void {
    this.edit((s) => (s.setLocked(id, locked), (s.playing = null)), 'replace');
  }

  setShowAdvanced(show: boolean): void {
    this.edit((s) => (s.showAdvanced = show), 'replace', false);
  }

  setPrepareAhead(on: boolean): void {
    this.ahead.setOn(on, (change) => this.edit(change, 'replace', false));
  }

  setHd(on: boolean): void {
    this.edit((s) => (s.hd = on), 'replace', false);
    this.applyHd();
    this.frames.hdChanged();
  }

  setMode(mode: Mode): void {
    if (mode === this.state.mode) return;
    this.edit((s) => (s.mode = mode), 'replace');
    // The gallery's faces are not the main face's neighbours.
    if (mode === 'gallery') this.ahead.send();
  }

  resetSliders(): void {
    this.edit((s) => (s.resetSliders(), (s.playing = null)), 'replace');
  }

  /** The gallery shows the main face first, then others under the same sliders. */
  shuffleGallery(): void {
    this.gallery.shuffle(this.state.seed);
    this.redraw();
  }

  pickFromGallery(seed: number): void {
    this.setSeed(seed);
    this.setMode('explore');
  }

  /** Asks for the current state to be drawn; the engine drops superseded requests. */
  redraw(options: { exact?: true } = {}): void {
    const engine = this.engine;
    if (this.phase !== 'ready' || !engine) return;
    const id = this.frames.nextId();
    if (this.state.mode !== 'gallery') void engine.draw({ ...this.state.mainRequest(id), ...options });
    else void engine.draw({ id, kind: 'gallery', latents: this.gallery.seedsFor(this.state.seed).map((s) => this.state.latentFor(s)) });
  }

  urlState(): UrlState {
    return this.state.urlState(this.startup.lastLink);
  }

  /** Where the model of a link lives (linkState.ts). */
  modelLocation(link: UrlState) {
    return modelLocation(link, this.page!.location.href);
  }

  /** Back and Forward: the seed, mode and sliders of that history entry. */
  followUrl(): void {
    const { state } = parseUrlState(this.page!.location.search);
    this.edit((s) => {
      if (state.seed !== null) s.seed = state.seed;
      s.mode = state.mode;
      s.hd = state.hd;
      s.prepareAhead = state.prepare;
      s.playing = null;
      this.startup.applyLinkSliders(this.page!.location.search, false);
    }, 'none');
    this.applyHd();
  }

  /** Tells the engine whether to add HD faces; it fetches the upscaler on its first HD pass. */
  private applyHd(): void {
    const link = this.startup.lastLink;
    if (this.phase !== 'ready' || !link) return;
    void this.engine?.setHd(this.hdOn ? this.modelLocation(link).upscalerBase.href : null);
  }
}

export const session = new Session();
