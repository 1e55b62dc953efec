import { Float16Array } from '@petamoriken/float16';
import { describe, expect, it } from 'vitest';
import { dequantizeUint8, encodeFloat32, fullRangeUint8, roundTrip } from './weightQuantization';

/** Roughly normal weights with a few outliers, like a convolution's. */
function weights(n: number): Float32Array {
  let state = 7;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1;
  return Float32Array.from({ length: n }, (_, i) => (i % 997 === 0 ? 0.3 : 0) + (random() + random() + random()) * 0.02);
}

describe('uint8 codes', () => {
  const values = weights(20_000);

  it('the full range keeps every weight within half a step, as tfjs-converter does', () => {
    const code = fullRangeUint8(values);
    const decoded = dequantizeUint8(code);
    expect(Math.max(...decoded.map((v, i) => Math.abs(v - values[i]!)))).toBeLessThanOrEqual(code.scale / 2 + 1e-7);
    expect(code.min).toBe(Math.min(...values));
  });

  it('encodes what tfjs decodes: uint8 with min and scale, float16 halves', () => {
    const u8 = encodeFloat32(values, 'uint8');
    expect(u8.data.byteLength).toBe(values.length);
    expect(u8.quantization).toMatchObject({ dtype: 'uint8', original_dtype: 'float32' });
    const q = u8.quantization!;
    const decoded = Float32Array.from(u8.data, (c) => q.min! + q.scale! * c);
    expect(decoded).toEqual(roundTrip(values, 'uint8'));
    const f16 = encodeFloat32(values, 'float16');
    expect(Array.from(new Float16Array(f16.data.buffer))).toEqual(Array.from(roundTrip(values, 'float16')));
    expect(encodeFloat32(values, 'float32').quantization).toBeUndefined();
  });
});
