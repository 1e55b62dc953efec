/**
 * Where to measure a face the detector misses. The generator draws CelebA's aligned crops, so
 * the face is always about in the same box; measuring it there keeps the detector's misses
 * (which lean toward darker skin, docs/skin-tone.md) in every share instead of dropping them.
 */

/** A box in fractions of the unpadded image. */
export interface RelativeBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The tiny detector's median box over the 244 rated faces (scripts/research/skin). */
export const ALIGNED_FACE_BOX: RelativeBox = { x: -0.03, y: 0.16, width: 1.02, height: 0.93 };

/**
 * A picture flatter than this (standard deviation of its 0..255 luminance) is no face, and the
 * aligned crop is not tried on it: every generated face, however washed out, is far above it.
 */
export const MIN_FACE_CONTRAST = 12;

export function luminanceSpread(rgb: Uint8Array): number {
  let sum = 0;
  let sumSquares = 0;
  const n = rgb.length / 3;
  for (let i = 0; i < rgb.length; i += 3) {
    const y = 0.2126 * rgb[i]! + 0.7152 * rgb[i + 1]! + 0.0722 * rgb[i + 2]!;
    sum += y;
    sumSquares += y * y;
  }
  return Math.sqrt(Math.max(0, sumSquares / n - (sum / n) ** 2));
}

/** The aligned box in the padded picture face-api sees, as fractions of that picture. */
export function paddedRelativeBox(box: RelativeBox, width: number, height: number, padding: number): RelativeBox {
  const paddedWidth = width + 2 * padding;
  const paddedHeight = height + 2 * padding;
  return {
    x: (padding + box.x * width) / paddedWidth,
    y: (padding + box.y * height) / paddedHeight,
    width: (box.width * width) / paddedWidth,
    height: (box.height * height) / paddedHeight,
  };
}
