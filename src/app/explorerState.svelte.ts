/**
 * What the user explores: the seed, the sliders, the locks, the mode and the view options, and
 * the latent maths that turn them into the latent to draw. No engine, no address bar: the
 * session edits it and draws it, the URL writer writes it.
 */
import { latentForSliders, SLIDER_NEUTRAL, type SliderAttribute } from '../core/attributes';
import type { DirectionsFile } from '../core/directions';
import { effectiveDirections } from '../core/directionMath';
import { latentFromSeed } from '../core/latent';
import { anchorSliders, lockSpecs, type LockHoldRequest } from '../core/lockPlan';
import { preparePlan } from '../core/prepare/preparePlan';
import type { PrepareItem } from '../core/prepare/prepareQueue';
import type { FrameState } from '../core/presenter/frameState';
import { visibleAttributes } from '../core/presenter/sliderChoice';
import type { MainRequest } from '../engine/protocol';
import type { Mode, UrlState } from './urlState';
import { i18n } from '../i18n/i18n.svelte';

export class ExplorerState {
  seed = $state(0);
  mode = $state<Mode>('explore');
  sliders = $state<Record<string, number>>({});
  locked = $state.raw<ReadonlySet<string>>(new Set());
  showAdvanced = $state(false);
  /** HD faces as the link or the toggle set them; null: the backend's default (hdPolicy.ts). */
  hd = $state<boolean | null>(null);
  /** The sliders the model's directions offer (none until they are loaded). */
  attributes = $state.raw<SliderAttribute[]>([]);
  directionsFile = $state.raw<DirectionsFile | null>(null);
  /** The slider Play moved last, while the last edit was Play's; null after any other edit. */
  playing = $state<string | null>(null);
  /** The slider last moved, focused or chosen for Play: faces are prepared along it first. */
  activeSlider = $state<string | null>(null);
  /** Whether idle time prepares faces ahead (About's switch). */
  prepareAhead = $state(true);
  latentSize = 0;
  /** How much of each slider's direction the current locks leave free. */
  retained = $derived(
    new Map(
      [...effectiveDirections(new Map(this.attributes.map((a) => [a.id, a.direction])), this.locked)].map(
        ([id, e]) => [id, e.retained] as const,
      ),
    ),
  );

  /** The latent for a seed under the current (or given) sliders and locks. */
  latentFor(seed: number, sliders: Readonly<Record<string, number>> = this.sliders, locked = this.locked): Float32Array {
    return latentForSliders(latentFromSeed(seed, this.latentSize), this.attributes, sliders, locked);
  }

  /** The seed's face as generated: every slider at 50, so no lock changes it. */
  referenceLatent(seed: number): Float32Array {
    return latentFromSeed(seed, this.latentSize);
  }

  /** With locks on, the engine corrects the resting face so each locked reading holds (lockPlan.ts). */
  holdRequest(): LockHoldRequest | undefined {
    const locks = lockSpecs(this.attributes, this.locked, this.directionsFile);
    if (locks.length === 0) return undefined;
    return { locks, anchor: this.latentFor(this.seed, anchorSliders(this.sliders, this.locked)) };
  }

  /** The state a frame drawn now shows, as plain data that travels with its request. */
  frameState(): FrameState {
    return { seed: this.seed, sliders: { ...this.sliders }, locked: [...this.locked], playing: this.playing };
  }

  /** The request for the face of this state under request id `id`. */
  mainRequest(id: number): MainRequest {
    const hold = this.holdRequest();
    return {
      id,
      kind: 'main',
      latent: this.latentFor(this.seed),
      state: this.frameState(),
      reference: this.referenceLatent(this.seed),
      ...(hold ? { hold } : {}),
    };
  }

  /**
   * The faces to prepare ahead from this state (core/prepare/preparePlan.ts), along `lead` first:
   * the slider in use, or in the presenter the one chosen for Play.
   */
  prepareItems(lead = this.activeSlider): PrepareItem[] {
    const visible = visibleAttributes(this.attributes, this.sliders, this.locked, this.showAdvanced).map((a) => a.id);
    const reference = this.referenceLatent(this.seed);
    return preparePlan(this.sliders, lead, visible, { forPlay: this.mode === 'presenter' }).map(({ varies, value }) => {
      const sliders = { ...this.sliders, [varies]: value };
      return {
        varies,
        value,
        state: { seed: this.seed, sliders, locked: [...this.locked], playing: null },
        latent: this.latentFor(this.seed, sliders),
        reference,
      };
    });
  }

  /** The state as the address bar holds it; where the model and engine run come from the link. */
  urlState(link: Pick<UrlState, 'backend' | 'engine' | 'threads' | 'model' | 'embed'> | null): UrlState {
    return {
      seed: this.seed,
      backend: link?.backend ?? null,
      engine: link?.engine ?? null,
      threads: link?.threads ?? null,
      model: link?.model ?? null,
      mode: this.mode,
      sliders: { ...this.sliders },
      locks: [...this.locked],
      advanced: this.showAdvanced,
      hd: this.hd,
      prepare: this.prepareAhead,
      ...(link?.embed ? { embed: true } : {}),
      lang: i18n.linkLang,
    };
  }

  resetSliders(): void {
    for (const a of this.attributes) this.sliders[a.id] = SLIDER_NEUTRAL;
  }

  setLocked(id: string, locked: boolean): void {
    const next = new Set(this.locked);
    if (locked) next.add(id);
    else next.delete(id);
    this.locked = next;
  }
}
