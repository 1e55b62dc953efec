/**
 * The `entropy-coded` weight storage. Each large float tensor is rounded to a multiple of its own
 * step (chosen by measurement: scripts/research/storage/entropy-storage.ts); the integers' zigzag codes are split
 * into a low-byte and a high-byte plane, and the planes of all such tensors, then every other
 * tensor's bytes, form one gzip stream. gzip's Huffman coding of the planes comes within about
 * 2 % of the codes' entropy, and browsers decompress it natively (DecompressionStream).
 *
 * The codes reach tfjs as its native uint16 affine quantization (value = min + scale · q), so
 * tfjs dequantizes while building the model and the kept artifacts stay at 2 bytes a weight.
 */
import type * as tf from '@tensorflow/tfjs-core';

/** The uint16 code of the value 0: codes are the rounded integers shifted by this. */
const ZERO_CODE = 32768;

type Spec = tf.io.WeightsManifestEntry;

const elements = (spec: Spec) => spec.shape.reduce((a, b) => a * b, 1);
const isCoded = (spec: Spec) => spec.quantization?.dtype === 'uint16';

/** The manifest entry of a tensor stored as integer multiples of `step`. */
export function steppedSpec(spec: Spec, step: number): Spec {
  return { ...spec, quantization: { dtype: 'uint16', min: -ZERO_CODE * step, scale: step } };
}

/** The integer multiples of `step` nearest the values; throws if one falls outside int16. */
export function stepCodes(values: Float32Array, step: number): Int16Array {
  const codes = new Int16Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const q = Math.round(values[i]! / step);
    if (q < -ZERO_CODE || q >= ZERO_CODE) throw new Error(`step ${step} is too small for the value ${values[i]}`);
    codes[i] = q;
  }
  return codes;
}

/**
 * The bytes before gzip: the low planes of the coded tensors (in manifest order), their high
 * planes, then the other tensors' bytes as given. Zigzag (0, −1, 1, −2, …) keeps the high plane
 * at 0 for small codes, whatever their sign, so most of it compresses to nearly nothing.
 */
export function planesFor(parts: { spec: Spec; codes?: Int16Array; bytes?: Uint8Array }[]): Uint8Array {
  const coded = parts.filter((p) => p.codes);
  const count = coded.reduce((n, p) => n + p.codes!.length, 0);
  const rest = parts.filter((p) => !p.codes).reduce((n, p) => n + p.bytes!.length, 0);
  const out = new Uint8Array(2 * count + rest);
  let at = 0;
  for (const { codes } of coded) {
    for (let i = 0; i < codes!.length; i++) {
      const q = codes![i]!;
      const zigzag = q >= 0 ? 2 * q : -2 * q - 1;
      out[at + i] = zigzag & 255;
      out[count + at + i] = zigzag >> 8;
    }
    at += codes!.length;
  }
  at = 2 * count;
  for (const p of parts) {
    if (p.codes) continue;
    out.set(p.bytes!, at);
    at += p.bytes!.length;
  }
  return out;
}

/** Bytes a tensor takes in the decoded weight data, as its manifest entry says. */
function decodedBytes(spec: Spec): number {
  const n = elements(spec);
  if (spec.quantization?.dtype === 'float16' || isCoded(spec)) return 2 * n;
  if (spec.quantization?.dtype === 'uint8') return n;
  return 4 * n;
}

/** The weight data tfjs reads for these specs, from the planes `planesFor` wrote. */
export function weightDataFromPlanes(planes: Uint8Array, specs: Spec[]): ArrayBuffer {
  const count = specs.filter(isCoded).reduce((n, s) => n + elements(s), 0);
  const expected = 2 * count + specs.filter((s) => !isCoded(s)).reduce((n, s) => n + decodedBytes(s), 0);
  if (planes.length !== expected) throw new Error(`the weights decode to ${planes.length} bytes where the model needs ${expected}`);
  const out = new Uint8Array(specs.reduce((n, s) => n + decodedBytes(s), 0));
  let at = 0;
  let coded = 0;
  let rest = 2 * count;
  for (const spec of specs) {
    const bytes = decodedBytes(spec);
    if (isCoded(spec)) {
      // Every entry before is a whole number of 2- or 4-byte values, so `at` is aligned. tfjs
      // reads uint16 codes in the platform's byte order, which a Uint16Array writes.
      const words = new Uint16Array(out.buffer, at, bytes / 2);
      const low = planes.subarray(coded, coded + words.length);
      const high = planes.subarray(count + coded, count + coded + words.length);
      for (let i = 0; i < words.length; i++) {
        const zigzag = low[i]! | (high[i]! << 8);
        words[i] = ((zigzag >>> 1) ^ -(zigzag & 1)) + ZERO_CODE;
      }
      coded += words.length;
    } else {
      out.set(planes.subarray(rest, rest + bytes), at);
      rest += bytes;
    }
    at += bytes;
  }
  return out.buffer;
}

/**
 * Decompresses a gzip stream that arrives in pieces, with the platform's own decoder (browsers,
 * workers and Node 18+). Each piece is fed in order as soon as it and those before it are in,
 * so decoding overlaps the download. A piece that fails stops the stream with its error.
 */
export async function gunzip(pieces: readonly (ArrayBuffer | Promise<ArrayBuffer>)[]): Promise<Uint8Array> {
  const decoder = new DecompressionStream('gzip');
  const output = new Response(decoder.readable).arrayBuffer();
  const writer = decoder.writable.getWriter();
  try {
    for (const piece of pieces) await writer.write(new Uint8Array(await piece));
    await writer.close();
  } catch (error) {
    // The output's own rejection (if any) says less than the piece's error.
    output.catch(() => {});
    await writer.abort(error).catch(() => {});
    throw error;
  }
  return new Uint8Array(await output);
}
