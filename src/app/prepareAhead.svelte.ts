/**
 * The page's side of preparing faces ahead (core/prepare/, engine/facePreparer.ts): which
 * slider is in use, the switch, the tab's visibility, and the plan sent to the engine each time
 * the face comes to rest. It also says which value a prepared face on screen shows instead.
 */
import { SettleTimer } from '../core/settleTimer';
import type { FaceEngineApi } from '../engine/protocol';
import type { ExplorerState } from './explorerState.svelte';
import type { FrameStore } from './frames.svelte';

export interface PrepareAheadDeps {
  state: ExplorerState;
  frames: FrameStore;
  /** The engine while it can take a plan; null before it is ready. */
  engine(): Pick<FaceEngineApi, 'prepare' | 'preparedStats'> | null;
}

/** A drag over prepared faces rests after every step: the plan waits until the hand does. */
const PLAN_AFTER_MS = 300;

export class PrepareAhead {
  /** Whether the page is in view: a hidden tab prepares nothing. */
  private pageVisible = true;
  private readonly planSoon = new SettleTimer();
  /** The slider chosen in the presenter (Play's), wired by main.ts: there, the plan starts along it. */
  chosenInPresenter: () => string | null = () => null;

  constructor(private readonly deps: PrepareAheadDeps) {}

  /** The newest face went through every stage: once it stays on screen a moment, plan from it. */
  rested(): void {
    const { frames } = this.deps;
    const id = frames.newestId;
    this.planSoon.start(PLAN_AFTER_MS, () => frames.newestId === id && this.send());
  }

  /** A slider was focused or chosen for Play: faces are prepared along it first from now on. */
  focus(id: string): void {
    const { state, frames } = this.deps;
    if (id === state.activeSlider) return;
    state.activeSlider = id;
    if (frames.current && frames.onScreen?.final) this.send();
  }

  /** About's switch: `edit` writes the state and the link (the session's one edit path). */
  setOn(on: boolean, edit: (change: () => void) => void): void {
    edit(() => (this.deps.state.prepareAhead = on));
    this.send();
  }

  /** The tab was hidden or shown again. */
  setPageVisible(visible: boolean): void {
    this.pageVisible = visible;
    this.send();
  }

  /**
   * Sends the plan from the state at rest; an empty plan stops the work. With a lock on, the
   * face at rest is corrected, which a face prepared ahead is not: nothing is prepared then.
   */
  send(): void {
    const { state } = this.deps;
    const engine = this.deps.engine();
    if (!engine) return;
    const wanted = state.prepareAhead && this.pageVisible && state.mode !== 'gallery' && state.locked.size === 0;
    const lead = state.mode === 'presenter' ? (this.chosenInPresenter() ?? state.activeSlider) : state.activeSlider;
    void engine.prepare(wanted ? state.prepareItems(lead) : []);
  }

  /** The slider and value a prepared face on screen shows while the exact face waits. */
  get shownInstead(): { id: string; label: string; value: number } | null {
    const { frames, state } = this.deps;
    const record = frames.onScreen;
    if (!record?.approximate) return null;
    const attribute = state.attributes.find((a) => record.state.sliders[a.id] !== state.sliders[a.id]);
    return attribute ? { id: attribute.id, label: attribute.label, value: record.state.sliders[attribute.id]! } : null;
  }

  stats() {
    return this.deps.engine()?.preparedStats() ?? Promise.resolve(null);
  }
}
