/**
 * The one start path: a first load, Retry after an error and a lost backend all read the link
 * again, load the model and directions and start a backend (startSequence.ts), then apply the
 * outcome to the explorer state, so each ends in the state a clean load of the same link gives.
 */
import type { BackendName } from '../core/backends';
import { randomSeed } from '../core/latent';
import type { LoadProgress } from '../core/modelFiles';
import type { EngineConnection } from '../engine/engineClient';
import type { EngineListener } from '../engine/protocol';
import { fetchDirections } from './directionsSource';
import type { ExplorerState } from './explorerState.svelte';
import { linkNotice, linkSliders, modelLocation } from './linkState';
import { notices } from './notices.svelte';
import { runStartSequence, type StartOutcome, type StartSteps } from './startSequence';
import type { AddressBar, UrlWriter } from './urlWriter';
import { parseUrlState, type ParsedUrl, type UrlState } from './urlState';
import { message, type Message } from '../i18n/catalogue';

export type Phase = 'loading' | 'ready' | 'error';
/** Why the app starts again (a lost GPU): a message, or an error's own words. */
export type Because = Message | string;

export interface StartupDeps {
  state: ExplorerState;
  urlWriter: UrlWriter;
  page(): AddressBar;
  engine(): EngineConnection;
  listener: EngineListener;
  /** The app is up: apply HD and draw. */
  ready(): void;
  /** A start failed (the first face will not come from it). */
  failed(): void;
  sequence?: (steps: StartSteps) => Promise<StartOutcome>;
}

export class Startup {
  phase = $state<Phase>('loading');
  progress = $state<LoadProgress>({ loadedBytes: 0, totalBytes: 0 });
  backend = $state<BackendName | null>(null);
  /** Why this backend, when it is not the usual first choice. */
  backendWhy = $state<Message | null>(null);
  /** The WASM backend's threads (null on the others), and why only one. */
  threads = $state<number | null>(null);
  threadsWhy = $state<Message | null>(null);
  error = $state<{ message: string; file: string | null } | null>(null);
  /** The link as last read: where the model and engine run, for the address bar. */
  lastLink: UrlState | null = null;
  /** A link's own model folder (?model=) may have no upscaler: HD there only when the link asks. */
  linkModel = $state(false);
  private starting: Promise<void> | null = null;
  private restartAfter: Because | null | undefined = undefined;

  constructor(private readonly deps: StartupDeps) {}

  /** `because` says why the app came back (a lost GPU), for the notice. A start asked for while one runs follows it. */
  start(because: Because | null = null): Promise<void> {
    if (this.starting) {
      this.restartAfter = because;
      return this.starting;
    }
    this.starting = this.run(because).finally(() => {
      this.starting = null;
      const again = this.restartAfter;
      this.restartAfter = undefined;
      if (again !== undefined) void this.start(again);
    });
    return this.starting;
  }

  /** Sliders and locks of a link, once the attributes are known; `report` adds notices for bad values. */
  applyLinkSliders(search: string, report: boolean): void {
    const { sliders, locked, problems } = linkSliders(search, this.deps.state.attributes);
    if (report) for (const p of problems) notices.add(p);
    this.deps.state.sliders = sliders;
    this.deps.state.locked = locked;
    this.deps.urlWriter.write('replace');
  }

  fail(error: unknown): void {
    this.deps.failed();
    this.phase = 'error';
    const failure = error as { message?: unknown; file?: unknown } | null;
    this.error = {
      message: typeof failure?.message === 'string' ? failure.message : String(error),
      file: typeof failure?.file === 'string' ? failure.file : null,
    };
  }

  private async run(because: Because | null): Promise<void> {
    const { deps } = this;
    const engine = deps.engine();
    const href = () => deps.page().location.href;
    // The address bar is what comes back: pending slider writes go there first.
    deps.urlWriter.flush();
    this.phase = 'loading';
    this.error = null;
    try {
      const outcome = await (deps.sequence ?? runStartSequence)({
        readLink: () => this.readLink(),
        fetchDirections: (link) => fetchDirections(modelLocation(link.state, href()).directions),
        loadModel: (link) => {
          const { modelBase, siteRoot } = modelLocation(link.state, href());
          return engine.load({ modelBase, siteRoot }, deps.listener);
        },
        startBackend: (link) => engine.startBackend(link.state.backend, link.state.threads),
      });
      this.applyOutcome(outcome, because);
      this.phase = 'ready';
      deps.ready();
    } catch (error) {
      this.fail(error);
    }
  }

  /** Applies what needs no model at once, so the seed and mode show while the model loads. */
  private readLink(): ParsedUrl {
    const link = parseUrlState(this.deps.page().location.search);
    const { state } = this.deps;
    this.lastLink = link.state;
    state.seed = link.state.seed ?? (state.seed || randomSeed());
    state.mode = link.state.mode;
    state.showAdvanced = link.state.advanced;
    state.hd = link.state.hd;
    state.prepareAhead = link.state.prepare;
    this.linkModel = link.state.model !== null;
    for (const problem of link.problems) notices.add(linkNotice(problem, state.seed));
    this.deps.urlWriter.write('replace');
    return link;
  }

  private applyOutcome({ model, backend, directions }: StartOutcome, because: Because | null): void {
    const { state } = this.deps;
    state.latentSize = model.latentSize;
    this.backend = backend.backend;
    this.backendWhy = backend.why;
    this.threads = backend.threads;
    this.threadsWhy = backend.threadsWhy;
    if (backend.notice) notices.add(backend.notice);
    if (because) notices.add(message('notice.backendFallback', { because, backend: backend.backend }));
    state.attributes = directions.ok ? directions.attributes : [];
    state.directionsFile = directions.ok ? directions.file : null;
    if (!directions.ok) notices.add(message('notice.noSliders', { reason: directions.reason }));
    this.applyLinkSliders(this.deps.page().location.search, true);
  }
}
