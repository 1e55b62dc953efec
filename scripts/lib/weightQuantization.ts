/**
 * Per-tensor weight encodings the tfjs loader decodes natively (weightsManifest `quantization`):
 * uint8 affine (value = min + scale · q) and float16. The range of an affine code can be the
 * tensor's full range or one clipped to the smallest weight error, which saves outliers no bits.
 */
import { Float16Array } from '@petamoriken/float16';

export type TensorEncoding = 'float32' | 'float16' | 'uint8' | 'uint8-clipped';

export interface AffineCode {
  data: Uint8Array;
  min: number;
  scale: number;
}

function extent(values: Float32Array): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return [min, max];
}

/** Codes values on 256 levels from `min` in steps of `scale`, clamping what falls outside. */
export function affineUint8(values: Float32Array, min: number, scale: number): AffineCode {
  const data = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) data[i] = Math.min(255, Math.max(0, Math.round((values[i]! - min) / scale)));
  return { data, min, scale };
}

export function dequantizeUint8(code: AffineCode): Float32Array {
  const out = new Float32Array(code.data.length);
  for (let i = 0; i < out.length; i++) out[i] = code.min + code.scale * code.data[i]!;
  return out;
}

/** tfjs-converter's choice: the tensor's full range on 256 levels. */
export function fullRangeUint8(values: Float32Array): AffineCode {
  const [min, max] = extent(values);
  return affineUint8(values, min, max > min ? (max - min) / 255 : 1);
}

function squaredError(values: Float32Array, code: AffineCode): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const q = Math.min(255, Math.max(0, Math.round((values[i]! - code.min) / code.scale)));
    sum += (values[i]! - (code.min + code.scale * q)) ** 2;
  }
  return sum;
}

/**
 * The full range shrunk toward zero in small steps, the one whose codes
 * differ least from the weights (sum of squared errors, on a strided sample for speed).
 */
export function clippedUint8(values: Float32Array): AffineCode {
  const [lo, hi] = extent(values);
  if (!(hi > lo)) return fullRangeUint8(values);
  const stride = Math.max(1, Math.floor(values.length / 200_000));
  const sample = values.length > 200_000 ? values.filter((_, i) => i % stride === 0) : values;
  let best = { min: lo, scale: (hi - lo) / 255, error: Infinity };
  for (let shrink = 1; shrink >= 0.2; shrink -= 0.02) {
    const min = lo * shrink;
    const scale = ((hi - lo) * shrink) / 255;
    const error = squaredError(sample, { data: new Uint8Array(0), min, scale });
    if (error < best.error) best = { min, scale, error };
  }
  return affineUint8(values, best.min, best.scale);
}

export interface EncodedTensor {
  data: Uint8Array;
  quantization?: { dtype: 'float16' | 'uint8'; min?: number; scale?: number; original_dtype: 'float32' };
}

/** The bytes and manifest entry tfjs needs to load one float32 tensor in the given encoding. */
export function encodeFloat32(values: Float32Array, encoding: TensorEncoding): EncodedTensor {
  if (encoding === 'float32') return { data: new Uint8Array(values.buffer, values.byteOffset, values.byteLength) };
  if (encoding === 'float16') {
    return { data: new Uint8Array(new Float16Array(values).buffer), quantization: { dtype: 'float16', original_dtype: 'float32' } };
  }
  const code = encoding === 'uint8' ? fullRangeUint8(values) : clippedUint8(values);
  return { data: code.data, quantization: { dtype: 'uint8', min: code.min, scale: code.scale, original_dtype: 'float32' } };
}

/** The float32 values tfjs will see after loading an encoding: what sensitivity runs feed the model. */
export function roundTrip(values: Float32Array, encoding: TensorEncoding): Float32Array {
  if (encoding === 'float32') return values;
  if (encoding === 'float16') return Float32Array.from(new Float16Array(values));
  return dequantizeUint8(encoding === 'uint8' ? fullRangeUint8(values) : clippedUint8(values));
}

/** How much smaller the clipped code's weight error is than the full-range code's (≤ 1). */
export function clippedErrorRatio(values: Float32Array): number {
  const error = (code: AffineCode) => {
    const decoded = dequantizeUint8(code);
    let sum = 0;
    for (let i = 0; i < values.length; i++) sum += (decoded[i]! - values[i]!) ** 2;
    return sum;
  };
  const full = error(fullRangeUint8(values));
  return full === 0 ? 1 : error(clippedUint8(values)) / full;
}
