import { movedValue, stepChoice, visibleAttributes } from '../core/presenter/sliderChoice';
import { lesson } from './lesson.svelte';
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
    (id) => session.state.sliders[id] ?? 50,
    (id, value) => session.setSlider(id, value, true),
    () => session.playStopped(),
  );

  togglePlay(): void {
    if (!session.state.attributes.some((a) => a.id === this.playAttribute)) this.playAttribute = session.state.attributes[0]?.id ?? '';
    if (!this.playAttribute) return;
    session.ahead.focus(this.playAttribute);
    this.player.toggle(this.playAttribute);
  }

  /** Choosing another slider stops Play, so the arrows never fight the animation. */
  choose(id: string): void {
    if (id === this.playAttribute) return;
    this.player.stop();
    this.playAttribute = id;
    session.ahead.focus(id);
  }

  async toggleFullscreen(): Promise<void> {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await document.documentElement.requestFullscreen();
    } catch {
      notices.add({ key: 'notice.noFullscreen' });
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
    const shortcut = shortcutFor(event, session.state.mode === 'presenter', lesson.open);
    if (!shortcut) return;
    event.preventDefault();
    this.run(shortcut);
  }

  private run(shortcut: Shortcut): void {
    const ids = visibleAttributes(session.state.attributes, session.state.sliders, session.state.locked, session.state.showAdvanced).map(
      (a) => a.id,
    );
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
      case 'lessonStep':
        return lesson.go(shortcut.by);
      case 'choose':
        if (ids[shortcut.index]) this.choose(ids[shortcut.index]!);
        return;
      case 'chooseNext':
        return this.choose(stepChoice(ids, this.playAttribute, shortcut.by));
      case 'move':
        if (!chosen || session.phase !== 'ready') return;
        this.player.stop();
        this.playAttribute = chosen;
        return session.setSlider(chosen, movedValue(session.state.sliders[chosen] ?? 50, shortcut.by));
      case 'lock':
        if (chosen && session.phase === 'ready') session.setLocked(chosen, !session.state.locked.has(chosen));
        return;
    }
  }
}

export const presenter = new Presenter();
