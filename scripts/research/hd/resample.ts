/**
 * Plain-TS image resampling for the HD measurement: box (area) downscaling by an integer factor,
 * and separable bilinear / bicubic upscaling with pixel-centre alignment (as canvas and PIL do).
 * Images are interleaved RGB floats in 0..255.
 */
export interface RgbImage {
  data: Float32Array;
  width: number;
  height: number;
}

export function rgbImage(bytes: Uint8Array | Float32Array, width: number, height: number): RgbImage {
  if (bytes.length !== width * height * 3) throw new Error(`expected ${width * height * 3} values, got ${bytes.length}`);
  return { data: Float32Array.from(bytes), width, height };
}

/** Mean of each factor × factor block (area averaging, the usual anti-aliased downscale). */
export function downscaleArea(image: RgbImage, factor: number): RgbImage {
  if (image.width % factor || image.height % factor) throw new Error(`${image.width}×${image.height} is not divisible by ${factor}`);
  const width = image.width / factor;
  const height = image.height / factor;
  const out = new Float32Array(width * height * 3);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const o = (Math.floor(y / factor) * width + Math.floor(x / factor)) * 3;
      const i = (y * image.width + x) * 3;
      for (let c = 0; c < 3; c++) out[o + c]! += image.data[i + c]!;
    }
  }
  const n = factor * factor;
  for (let i = 0; i < out.length; i++) out[i]! /= n;
  return { data: out, width, height };
}

type Kernel = { radius: number; weight: (distance: number) => number };

export const BILINEAR: Kernel = { radius: 1, weight: (d) => Math.max(0, 1 - Math.abs(d)) };

/** Keys' cubic convolution with a = −0.5 (PIL's and MATLAB's bicubic). */
export const BICUBIC: Kernel = {
  radius: 2,
  weight: (d) => {
    const x = Math.abs(d);
    const a = -0.5;
    if (x <= 1) return (a + 2) * x ** 3 - (a + 3) * x ** 2 + 1;
    if (x < 2) return a * x ** 3 - 5 * a * x ** 2 + 8 * a * x - 4 * a;
    return 0;
  },
};

/**
 * For each output index, the source taps and their normalised weights (edges clamped). When
 * shrinking, the kernel is stretched by the scale (anti-aliasing, as MATLAB's imresize does).
 */
function taps(inSize: number, outSize: number, kernel: Kernel): { index: number[]; weight: number[] }[] {
  const scale = inSize / outSize;
  const stretch = Math.max(1, scale);
  return Array.from({ length: outSize }, (_, o) => {
    const centre = (o + 0.5) * scale - 0.5;
    const first = Math.floor(centre - kernel.radius * stretch) + 1;
    const last = Math.floor(centre + kernel.radius * stretch);
    const index: number[] = [];
    const weight: number[] = [];
    for (let i = first; i <= last; i++) {
      index.push(Math.min(inSize - 1, Math.max(0, i)));
      weight.push(kernel.weight((centre - i) / stretch));
    }
    const sum = weight.reduce((a, b) => a + b, 0);
    return { index, weight: weight.map((w) => w / sum) };
  });
}

/** Resizes to width × height with a kernel (anti-aliased when shrinking). */
export function resize(image: RgbImage, width: number, height: number, kernel: Kernel): RgbImage {
  const across = taps(image.width, width, kernel);
  const down = taps(image.height, height, kernel);
  const rows = new Float32Array(image.height * width * 3);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < width; x++) {
      const t = across[x]!;
      for (let c = 0; c < 3; c++) {
        let v = 0;
        for (let k = 0; k < t.index.length; k++) v += t.weight[k]! * image.data[(y * image.width + t.index[k]!) * 3 + c]!;
        rows[(y * width + x) * 3 + c] = v;
      }
    }
  }
  const out = new Float32Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    const t = down[y]!;
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 3; c++) {
        let v = 0;
        for (let k = 0; k < t.index.length; k++) v += t.weight[k]! * rows[(t.index[k]! * width + x) * 3 + c]!;
        out[(y * width + x) * 3 + c] = v;
      }
    }
  }
  return { data: out, width, height };
}

/** Rounds and clamps to 8-bit levels, as every image the app shows is. */
export function quantize(image: RgbImage): RgbImage {
  return { ...image, data: image.data.map((v) => Math.min(255, Math.max(0, Math.round(v)))) };
}
