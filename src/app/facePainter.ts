/**
 * The main face's canvas. Frames arrive from the engine as RGBA bytes, whatever backend drew
 * them, so one plain 2D canvas serves every backend and survives a lost GPU; painting a 128 px
 * face is a sub-millisecond copy on the main thread.
 */
import type { FaceImage } from '../core/faceBytes';
import { paintFace } from './paintImage';

export class FacePainter {
  private element: HTMLCanvasElement | null = null;
  private latest: FaceImage | null = null;
  private latestHd: FaceImage | null = null;
  /** The request number of the face on screen. */
  shownSeq = 0;

  /** Made on first use: the session module is imported by Node tests, which have no document. */
  get canvas(): HTMLCanvasElement {
    this.element ??= document.createElement('canvas');
    return this.element;
  }

  /** The face on screen, as bytes. */
  get shown(): FaceImage | null {
    return this.latest;
  }

  /** The HD face on screen (×4), or null while the canvas shows the model's own size. */
  get shownHd(): FaceImage | null {
    return this.latestHd;
  }

  paint(image: FaceImage, seq: number): void {
    paintFace(this.canvas, image);
    this.latest = image;
    this.latestHd = null;
    this.shownSeq = seq;
  }

  /** Swaps in the HD face of the face on screen; one of any other state is refused. */
  paintHd(image: FaceImage, seq: number): boolean {
    if (seq !== this.shownSeq) return false;
    paintFace(this.canvas, image);
    this.latestHd = image;
    return true;
  }
}
