import { movedValue, stepChoice, visibleAttributes } from '../core/presenter/sliderChoice';
import { notices } from './notices.svelte';
import { SliderPlayer } from './player.svelte';
import { session } from './session.svelte';
import { shortcutFor, type KeyLike, type Shortcut } from './shortcuts';

/** Classroom controls: the chosen slider, Play, fullscreen, shortcuts and link copying. */
class Presenter {
  /** The chosen slider: the one the arrows move, L locks and Play animates. */
  playAttribute = $state('smiling');
  showKeys = $state(true);
  readonly player = new SliderPlayer(
    (id) => session.sliders[id] ?? 50,
    (id, value) => session.setSlider(id, value),
  );

  togglePlay(): void {
    if (!session.attributes.some((a) => a.id === this.playAttribute)) this.playAttribute = session.attributes[0]?.id ?? '';
    if (this.playAttribute) this.player.toggle(this.playAttribute);
  }

  /** Choosing another slider stops Play, so the arrows never fight the animation. */
  choose(id: string): void {
    if (id === this.playAttribute) return;
    this.player.stop();
    this.playAttribute = id;
  }

  async toggleFullscreen(): Promise<void> {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await document.documentElement.requestFullscreen();
    } catch {
      notices.add('This browser refused fullscreen here; press F11 instead.');
    }
  }

  async copyLink(): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(window.location.href);
      return true;
    } catch {
      return false;
    }
  }

  toggleKeys(): void {
    this.showKeys = !this.showKeys;
  }

  leave(): void {
    this.player.stop();
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    session.setMode('explore');
  }

  handleKey(event: KeyLike & { preventDefault(): void }): void {
    const shortcut = shortcutFor(event, session.mode === 'presenter');
    if (!shortcut) return;
    event.preventDefault();
    this.run(shortcut);
  }

  private run(shortcut: Shortcut): void {
    const ids = visibleAttributes(session.attributes, session.sliders, session.locked, session.showAdvanced).map((a) => a.id);
    const chosen = ids.includes(this.playAttribute) ? this.playAttribute : (ids[0] ?? '');
    switch (shortcut.kind) {
      case 'newFace':
        return session.newFace();
      case 'reset':
        this.player.stop();
        return session.resetSliders();
      case 'fullscreen':
        return void this.toggleFullscreen();
      case 'play':
        return this.togglePlay();
      case 'leave':
        return this.leave();
      case 'legend':
        return this.toggleKeys();
      case 'choose':
        if (ids[shortcut.index]) this.choose(ids[shortcut.index]!);
        return;
      case 'chooseNext':
        return this.choose(stepChoice(ids, this.playAttribute, shortcut.by));
      case 'move':
        if (!chosen || session.phase !== 'ready') return;
        this.player.stop();
        this.playAttribute = chosen;
        return session.setSlider(chosen, movedValue(session.sliders[chosen] ?? 50, shortcut.by));
      case 'lock':
        if (chosen && session.phase === 'ready') session.setLocked(chosen, !session.locked.has(chosen));
        return;
    }
  }
}

export const presenter = new Presenter();
