import { notices } from './notices.svelte';
import { SliderPlayer } from './player.svelte';
import { session } from './session.svelte';
import { shortcutFor, type KeyLike } from './shortcuts';

/** Classroom controls: the animated slider, fullscreen, shortcuts and link copying. */
class Presenter {
  playAttribute = $state('smiling');
  readonly player = new SliderPlayer(
    (id) => session.sliders[id] ?? 50,
    (id, value) => session.setSlider(id, value),
  );

  togglePlay(): void {
    if (!session.attributes.some((a) => a.id === this.playAttribute)) this.playAttribute = session.attributes[0]?.id ?? '';
    if (this.playAttribute) this.player.toggle(this.playAttribute);
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

  handleKey(event: KeyLike & { preventDefault(): void }): void {
    const action = shortcutFor(event);
    if (!action) return;
    event.preventDefault();
    if (action === 'newFace') session.newFace();
    else if (action === 'reset') {
      this.player.stop();
      session.resetSliders();
    } else if (action === 'fullscreen') void this.toggleFullscreen();
    else this.togglePlay();
  }
}

export const presenter = new Presenter();
