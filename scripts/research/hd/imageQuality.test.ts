import { describe, expect, it } from 'vitest';
import { psnr, shave, ssim } from './imageQuality';
import { BICUBIC, BILINEAR, downscaleArea, quantize, resize, rgbImage, type RgbImage } from './resample';

function pattern(width: number, height: number, f: (x: number, y: number, c: number) => number): RgbImage {
  const data = new Float32Array(width * height * 3);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) for (let c = 0; c < 3; c++) data[(y * width + x) * 3 + c] = f(x, y, c);
  return { data, width, height };
}

const smooth = pattern(32, 32, (x, y, c) => 128 + 100 * Math.sin(x / 5 + c) * Math.cos(y / 7));

describe('psnr', () => {
  it('is infinite for identical images and 20·log10(255/e) for a uniform error e', () => {
    expect(psnr(smooth, smooth)).toBe(Infinity);
    const shifted = { ...smooth, data: smooth.data.map((v) => v + 5) };
    expect(psnr(smooth, shifted)).toBeCloseTo(20 * Math.log10(255 / 5), 6);
  });

  it('refuses images of different sizes', () => {
    expect(() => psnr(smooth, shave(smooth, 1))).toThrow(/sizes differ/);
  });
});

describe('ssim', () => {
  it('is 1 for identical images, lower for noise, and near 0 against an inverted image', () => {
    expect(ssim(smooth, smooth)).toBeCloseTo(1, 6);
    const noisy = { ...smooth, data: smooth.data.map((v, i) => v + (i % 7) * 6 - 18) };
    const s = ssim(smooth, noisy);
    expect(s).toBeLessThan(0.99);
    expect(s).toBeGreaterThan(0.3);
    const inverted = { ...smooth, data: smooth.data.map((v) => 255 - v) };
    expect(ssim(smooth, inverted)).toBeLessThan(0);
  });

  it('ranks a blurrier restoration lower', () => {
    const sharp = pattern(32, 32, (x) => (x % 8 < 4 ? 40 : 220));
    const blurred = resize(downscaleArea(sharp, 2), 32, 32, BILINEAR);
    const lessBlurred = resize(downscaleArea(sharp, 2), 32, 32, BICUBIC);
    expect(ssim(sharp, lessBlurred)).toBeGreaterThan(ssim(sharp, blurred));
  });
});

describe('resampling', () => {
  it('area-downscales by block means and upscales a constant to the same constant', () => {
    const img = rgbImage(
      Uint8Array.from({ length: 4 * 4 * 3 }, (_, i) => (Math.floor(i / 3) % 4 < 2 ? 0 : 200)),
      4,
      4,
    );
    const low = downscaleArea(img, 2);
    expect(Array.from(low.data.subarray(0, 6))).toEqual([0, 0, 0, 200, 200, 200]);
    const flat = pattern(8, 8, () => 77);
    for (const kernel of [BILINEAR, BICUBIC]) expect(resize(flat, 32, 32, kernel).data.every((v) => Math.abs(v - 77) < 1e-4)).toBe(true);
  });

  it('keeps a linear ramp linear inside the image (bicubic interpolates exactly)', () => {
    const ramp = pattern(16, 4, (x) => 10 * x);
    const up = resize(ramp, 64, 4, BICUBIC);
    // Output x = 10 maps to source (10.5)/4 − 0.5 = 2.125.
    expect(up.data[10 * 3]).toBeCloseTo(21.25, 4);
  });

  it('shrinks with an anti-aliased bicubic: constants stay, a 4-px stripe pattern averages out', () => {
    const flat = pattern(32, 32, () => 90);
    expect(resize(flat, 8, 8, BICUBIC).data.every((v) => Math.abs(v - 90) < 1e-4)).toBe(true);
    const stripes = pattern(32, 8, (x) => (x % 2 === 0 ? 0 : 200));
    const small = resize(stripes, 8, 2, BICUBIC);
    for (const v of small.data.subarray(3 * 3, 5 * 3)) expect(v).toBeCloseTo(100, 0);
  });

  it('quantizes to 8-bit levels', () => {
    expect(Array.from(quantize(rgbImage(Float32Array.from([-3, 12.6, 300]), 1, 1)).data)).toEqual([0, 13, 255]);
  });
});
