/**
 * The engine's frames on their way to the screen. A main face is painted only if it is of a
 * newer request than the face shown, a corrected (held) face and an HD face only while they are
 * of the newest request; the gallery's faces go to the gallery; the live readout is told of every
 * main face asked for, shown and corrected.
 */
import type { DrawnFrame, HdFrame } from '../engine/protocol';
import { FacePainter } from './facePainter';
import type { MainFrameTap, ShownFace } from './frameTap';
import type { Gallery } from './gallery.svelte';

/** What the frames need from the session around them. */
export interface FrameContext {
  readonly gallery: Gallery;
  /** The newest draw request's number. */
  newestRequest(): number;
  /** Whether an HD face of the newest request should replace the face on screen (HD on, not the gallery). */
  showsHd(): boolean;
  /** A main face reached the screen (the first one settles the session's wait for it). */
  faceShown(): void;
  /** A frame of the newest request arrived: nothing is left to draw. */
  caughtUp(): void;
}

export class EngineFrames {
  /** The engine's time for the last frame. */
  ms = $state<number | null>(null);
  readonly painter = new FacePainter();
  /** Set by the live readout while it follows the main face. */
  tap: MainFrameTap | null = null;
  /** The main faces asked for and not yet shown, by request number. */
  private readonly asked = new Map<number, Omit<ShownFace, 'image'>>();
  /** The main face on screen, for the engine's corrected frame of the same request. */
  private lastShown: ShownFace | null = null;

  constructor(private readonly context: FrameContext) {}

  /** A main face was asked of the engine. */
  requested(face: Omit<ShownFace, 'image'>): void {
    this.asked.set(face.seq, face);
    this.tap?.requested(face.seq);
  }

  show(frame: DrawnFrame): void {
    this.ms = frame.ms;
    if (frame.kind === 'gallery') {
      this.context.gallery.images = frame.images;
    } else if (frame.held) {
      // The corrected face counts only while nothing newer was asked for.
      const shown = this.lastShown;
      if (shown?.seq !== frame.seq || frame.seq !== this.context.newestRequest()) return;
      this.painter.paint(frame.images[0]!, frame.seq);
      this.tap?.held({ ...shown, image: frame.images[0]! }, frame.held);
      return;
    } else if (frame.seq > this.painter.shownSeq) {
      this.painter.paint(frame.images[0]!, frame.seq);
      this.context.faceShown();
      const state = this.asked.get(frame.seq);
      for (const seq of this.asked.keys()) if (seq <= frame.seq) this.asked.delete(seq);
      this.lastShown = state ? { ...state, image: frame.images[0]! } : null;
      if (this.lastShown) this.tap?.shown(this.lastShown);
    }
    if (frame.seq >= this.context.newestRequest()) this.context.caughtUp();
  }

  /** An HD face replaces the face on screen only if it is of the newest state asked for. */
  showHd(frame: HdFrame): void {
    if (frame.seq !== this.context.newestRequest() || !this.context.showsHd()) return;
    this.painter.paintHd(frame.image, frame.seq);
  }

  /** HD switched off: the face on screen goes back to the model's own pixels at once. */
  hdSwitchedOff(): void {
    const shown = this.painter.shown;
    if (this.painter.shownHd && shown) this.painter.paint(shown, this.painter.shownSeq);
  }
}
