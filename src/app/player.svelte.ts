import { playValue } from '../core/sweepMotion';

const PERIOD_MS = 6000;

/**
 * Animates one slider for classroom demos. Every animation frame sets the slider; the
 * latest-wins loop drops the values it cannot draw in time, so play is as smooth as the GPU.
 */
export class SliderPlayer {
  playing = $state<string | null>(null);
  private frame = 0;

  constructor(
    private readonly read: (id: string) => number,
    private readonly write: (id: string, value: number) => void,
    /** Play stopped: the face it left on screen may be the nearest prepared one, not the exact one. */
    private readonly stopped: () => void = () => {},
  ) {}

  toggle(id: string): void {
    if (this.playing) this.stop();
    else this.play(id);
  }

  play(id: string): void {
    this.stop();
    this.playing = id;
    const start = performance.now();
    const startValue = this.read(id);
    const step = (now: number) => {
      if (this.playing !== id) return;
      const value = playValue(now - start, PERIOD_MS, startValue);
      if (value !== this.read(id)) this.write(id, value);
      this.frame = requestAnimationFrame(step);
    };
    this.frame = requestAnimationFrame(step);
  }

  stop(): void {
    cancelAnimationFrame(this.frame);
    const was = this.playing;
    this.playing = null;
    if (was) this.stopped();
  }
}
