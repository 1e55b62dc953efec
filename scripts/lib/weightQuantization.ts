/**
 * How prepare-model encodes weights for each storage. float16 and full-range uint8 are what the
 * tfjs loader decodes natively (weightsManifest `quantization`); the entropy-coded storage rounds
 * each listed tensor to its own step and gzips the codes (src/core/entropyCodedWeights.ts).
 */
import { gzipSync } from 'node:zlib';
import { Float16Array } from '@petamoriken/float16';
import { planesFor, stepCodes, steppedSpec } from '../../src/core/entropyCodedWeights';
import type { WeightStorage } from '../../src/core/manifest';

export type TensorEncoding = 'float32' | 'float16' | 'uint8';

export interface AffineCode {
  data: Uint8Array;
  min: number;
  scale: number;
}

export function dequantizeUint8(code: AffineCode): Float32Array {
  const out = new Float32Array(code.data.length);
  for (let i = 0; i < out.length; i++) out[i] = code.min + code.scale * code.data[i]!;
  return out;
}

/** tfjs-converter's choice: the tensor's full range on 256 levels. */
export function fullRangeUint8(values: Float32Array): AffineCode {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const scale = max > min ? (max - min) / 255 : 1;
  const data = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) data[i] = Math.min(255, Math.max(0, Math.round((values[i]! - min) / scale)));
  return { data, min, scale };
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
  const code = fullRangeUint8(values);
  return { data: code.data, quantization: { dtype: 'uint8', min: code.min, scale: code.scale, original_dtype: 'float32' } };
}

/** The float32 values tfjs will see after loading an encoding. */
export function roundTrip(values: Float32Array, encoding: TensorEncoding): Float32Array {
  if (encoding === 'float32') return values;
  if (encoding === 'float16') return Float32Array.from(new Float16Array(values));
  return dequantizeUint8(fullRangeUint8(values));
}

export interface WeightSpec {
  name: string;
  shape: number[];
  dtype: 'float32' | 'int32';
  quantization?: { dtype: 'float16' | 'uint8' | 'uint16'; min?: number; scale?: number; original_dtype?: string };
}

const floats = (data: Uint8Array) => new Float32Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));

/** One tensor in a storage tfjs decodes natively; integer tensors (shapes, paddings) stay exact. */
function encodeTensor(spec: WeightSpec, data: Uint8Array, encoding: TensorEncoding) {
  if (spec.dtype !== 'float32') return { spec: { ...spec }, data };
  const encoded = encodeFloat32(floats(data), encoding);
  return { spec: encoded.quantization ? { ...spec, quantization: encoded.quantization } : { ...spec }, data: encoded.data };
}

/**
 * A model's weight payload in a storage, and the manifest entries that say what tfjs gets from
 * it. `steps` (entropy-coded only): the step of each tensor to round; the others stay float16.
 */
export function encodeWeights(
  tensors: { spec: WeightSpec; data: Uint8Array }[],
  storage: WeightStorage,
  steps: Record<string, number> = {},
): { specs: WeightSpec[]; payload: Uint8Array } {
  if (storage !== 'entropy-coded') {
    const encoded = tensors.map((t) => encodeTensor(t.spec, t.data, storage));
    return { specs: encoded.map((e) => e.spec), payload: new Uint8Array(Buffer.concat(encoded.map((e) => e.data))) };
  }
  const parts = tensors.map((t) => {
    const step = steps[t.spec.name];
    if (step === undefined || t.spec.dtype !== 'float32') return encodeTensor(t.spec, t.data, 'float16');
    return { spec: steppedSpec(t.spec, step) as WeightSpec, codes: stepCodes(floats(t.data), step) };
  });
  const planes = planesFor(
    parts.map((p) => ({ spec: p.spec, codes: 'codes' in p ? p.codes : undefined, bytes: 'data' in p ? p.data : undefined })),
  );
  return { specs: parts.map((p) => p.spec), payload: new Uint8Array(gzipSync(planes, { level: 9 })) };
}
