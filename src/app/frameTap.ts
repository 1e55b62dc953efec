/**
 * The pixels of drawn faces as RGB bytes, for measuring them: the live readout taps the main
 * frames (FaceEngine.mainFrameTap) and the bias sweep renders its own batches. Bytes are
 * quantised exactly as faceMeasurer.measureTensor does, so the app measures what the fit did.
 */
import * as tf from '@tensorflow/tfjs';

/** A face that reached the main canvas. */
export interface ShownFace {
  /** The engine's request number: which state of the sliders and seed this face shows. */
  seq: number;
  latent: Float32Array;
  /** height × width × 3, row major. */
  rgb: Uint8Array;
  width: number;
  height: number;
}

/** Registered by whoever measures main frames; the engine reads pixels back only while one is set. */
export interface MainFrameTap {
  /** A main frame was asked for (it may be dropped for a newer one before it is drawn). */
  requested(seq: number): void;
  shown(face: ShownFace): void;
}

/**
 * Starts reading a [N,H,W,3] or [H,W,3] batch in [0,1] back as bytes. The byte tensor is made
 * before this returns, so the caller may dispose `faces` at once; one read-back for the batch.
 */
export function readRgbBytes(faces: tf.Tensor3D | tf.Tensor4D): Promise<Uint8Array[]> {
  const batch = faces.rank === 3 ? 1 : faces.shape[0]!;
  const faceSize = faces.size / batch;
  const bytes = tf.tidy(() => faces.mul(255).round().clipByValue(0, 255).cast('int32'));
  return bytes
    .data()
    .then((data) => Array.from({ length: batch }, (_, i) => Uint8Array.from(data.subarray(i * faceSize, (i + 1) * faceSize))))
    .finally(() => bytes.dispose());
}

/** RGB bytes as ImageData (opaque), to draw a measured face on a canvas. */
export function rgbToImageData(rgb: Uint8Array, width: number, height: number): ImageData {
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0, j = 0; i < rgb.length; i += 3, j += 4) {
    rgba[j] = rgb[i]!;
    rgba[j + 1] = rgb[i + 1]!;
    rgba[j + 2] = rgb[i + 2]!;
    rgba[j + 3] = 255;
  }
  return new ImageData(rgba, width, height);
}
