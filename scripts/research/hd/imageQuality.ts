/**
 * The standard super-resolution scores: PSNR over RGB and SSIM (Wang et al. 2004: 11 × 11
 * Gaussian window, σ = 1.5, K1 = 0.01, K2 = 0.03) on BT.601 luma, for 8-bit images.
 */
import type { RgbImage } from './resample';

const PEAK = 255;

export function psnr(reference: RgbImage, image: RgbImage): number {
  sameSize(reference, image);
  let sum = 0;
  for (let i = 0; i < reference.data.length; i++) sum += (reference.data[i]! - image.data[i]!) ** 2;
  const mse = sum / reference.data.length;
  return mse === 0 ? Infinity : 10 * Math.log10((PEAK * PEAK) / mse);
}

export function luma(image: RgbImage): Float32Array {
  const y = new Float32Array(image.width * image.height);
  for (let i = 0; i < y.length; i++) y[i] = 0.299 * image.data[i * 3]! + 0.587 * image.data[i * 3 + 1]! + 0.114 * image.data[i * 3 + 2]!;
  return y;
}

function gaussianWindow(size = 11, sigma = 1.5): number[] {
  const half = (size - 1) / 2;
  const w = Array.from({ length: size }, (_, i) => Math.exp(-((i - half) ** 2) / (2 * sigma * sigma)));
  const sum = w.reduce((a, b) => a + b, 0);
  return w.map((v) => v / sum);
}

/** Separable 'valid' filtering: only windows that lie wholly inside the image. */
function filterValid(values: Float32Array, width: number, height: number, window: number[]): Float32Array {
  const n = window.length;
  const w2 = width - n + 1;
  const h2 = height - n + 1;
  const rows = new Float32Array(height * w2);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < w2; x++) {
      let v = 0;
      for (let k = 0; k < n; k++) v += window[k]! * values[y * width + x + k]!;
      rows[y * w2 + x] = v;
    }
  }
  const out = new Float32Array(h2 * w2);
  for (let y = 0; y < h2; y++) {
    for (let x = 0; x < w2; x++) {
      let v = 0;
      for (let k = 0; k < n; k++) v += window[k]! * rows[(y + k) * w2 + x]!;
      out[y * w2 + x] = v;
    }
  }
  return out;
}

export function ssim(reference: RgbImage, image: RgbImage): number {
  sameSize(reference, image);
  const { width, height } = reference;
  const a = luma(reference);
  const b = luma(image);
  const window = gaussianWindow();
  const product = (p: Float32Array, q: Float32Array) => p.map((v, i) => v * q[i]!);
  const [muA, muB, aa, bb, ab] = [a, b, product(a, a), product(b, b), product(a, b)].map((v) => filterValid(v, width, height, window));
  const c1 = (0.01 * PEAK) ** 2;
  const c2 = (0.03 * PEAK) ** 2;
  let sum = 0;
  for (let i = 0; i < muA!.length; i++) {
    const ma = muA![i]!;
    const mb = muB![i]!;
    const varA = aa![i]! - ma * ma;
    const varB = bb![i]! - mb * mb;
    const cov = ab![i]! - ma * mb;
    sum += ((2 * ma * mb + c1) * (2 * cov + c2)) / ((ma * ma + mb * mb + c1) * (varA + varB + c2));
  }
  return sum / muA!.length;
}

/** Drops `border` pixels on every side (SR benchmarks shave the scale factor's width). */
export function shave(image: RgbImage, border: number): RgbImage {
  const width = image.width - 2 * border;
  const height = image.height - 2 * border;
  const data = new Float32Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    data.set(
      image.data.subarray(((y + border) * image.width + border) * 3, ((y + border) * image.width + border + width) * 3),
      y * width * 3,
    );
  }
  return { data, width, height };
}

function sameSize(a: RgbImage, b: RgbImage): void {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`sizes differ: ${a.width}×${a.height} and ${b.width}×${b.height}`);
}
