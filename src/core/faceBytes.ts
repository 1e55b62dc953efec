/**
 * Faces as 8-bit pixels. The generator draws floats in [0, 1]; everything that shows, measures
 * or stores a face quantises them the same way, here, so the app measures exactly what the fit
 * measured and a download holds exactly what the screen showed.
 */
import * as tf from '@tensorflow/tfjs-core';

/** A face as RGBA bytes, the form the main thread paints and transfers cheaply. */
export interface FaceImage {
  rgba: Uint8ClampedArray;
  width: number;
  height: number;
}

/** [N,H,W,3] or [H,W,3] in [0, 1] → int32 bytes 0..255, same shape; the caller disposes it. */
export function toByteTensor<T extends tf.Tensor>(faces: T): T {
  return tf.tidy(() => faces.mul(255).round().clipByValue(0, 255).cast('int32')) as T;
}

/**
 * Reads a [N,H,W,3] or [H,W,3] batch back as one RGB byte array per face, with one read-back.
 * The byte tensor is made before this returns, so the caller may dispose `faces` at once.
 */
export function readRgbBytes(faces: tf.Tensor3D | tf.Tensor4D): Promise<Uint8Array[]> {
  const batch = faces.rank === 3 ? 1 : faces.shape[0]!;
  const faceSize = faces.size / batch;
  const bytes = toByteTensor(faces);
  return bytes
    .data()
    .then((data) => Array.from({ length: batch }, (_, i) => Uint8Array.from(data.subarray(i * faceSize, (i + 1) * faceSize))))
    .finally(() => bytes.dispose());
}

/** A [N,H,W,3] batch as opaque RGBA images, one read-back for the batch. */
export async function readFaceImages(faces: tf.Tensor4D): Promise<FaceImage[]> {
  const [, height, width] = faces.shape;
  const rgb = await readRgbBytes(faces);
  return rgb.map((bytes) => ({ rgba: rgbToRgba(bytes), width, height }));
}

export function rgbToRgba(rgb: Uint8Array): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray((rgb.length / 3) * 4);
  for (let i = 0, j = 0; i < rgb.length; i += 3, j += 4) {
    rgba[j] = rgb[i]!;
    rgba[j + 1] = rgb[i + 1]!;
    rgba[j + 2] = rgb[i + 2]!;
    rgba[j + 3] = 255;
  }
  return rgba;
}

export function rgbaToRgb(rgba: Uint8ClampedArray | Uint8Array): Uint8Array {
  const rgb = new Uint8Array((rgba.length / 4) * 3);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
    rgb[j] = rgba[i]!;
    rgb[j + 1] = rgba[i + 1]!;
    rgb[j + 2] = rgba[i + 2]!;
  }
  return rgb;
}
