/** How the live readout follows the main face without the session knowing about measuring. */
import type { FaceImage } from '../core/faceBytes';
import type { HeldReport } from '../engine/protocol';

/** A main face that reached the screen, for whoever measures it (the live readout). */
export interface ShownFace {
  /** The request number: which state of the sliders and seed this face shows. */
  seq: number;
  latent: Float32Array;
  image: FaceImage;
  seed: number;
  /** The seed's face as generated (every slider at 50): what identity is measured against. */
  reference: Float32Array;
}

/** Told of every main face asked for and shown; set by the live readout. */
export interface MainFrameTap {
  requested(seq: number): void;
  shown(face: ShownFace): void;
  /** The engine corrected the shown face so its locks hold (same request number), measured already. */
  held(face: ShownFace, report: HeldReport): void;
}
