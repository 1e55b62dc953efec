/** The gallery: the main face first, then other faces under the same sliders, drawn in one batch. */
import type { FaceImage } from '../core/faceBytes';
import { randomSeed } from '../core/latent';

/** A 3×3 grid: one batched inference, readable on a projector. */
export const GALLERY_SIZE = 9;

export class Gallery {
  seeds = $state<number[]>([]);
  images = $state.raw<FaceImage[]>([]);

  /** Fresh faces around the main one. */
  shuffle(mainSeed: number): void {
    this.seeds = [mainSeed, ...Array.from({ length: GALLERY_SIZE - 1 }, randomSeed)];
    this.images = [];
  }

  /** The seeds to draw: the same faces while the main face stays, new ones when it changes. */
  seedsFor(mainSeed: number): number[] {
    if (this.seeds[0] !== mainSeed) this.shuffle(mainSeed);
    return this.seeds;
  }
}
