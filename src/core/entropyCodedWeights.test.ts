import { gzipSync } from 'node:zlib';
import * as fc from 'fast-check';
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { gunzip, planesFor, stepCodes, steppedSpec, weightDataFromPlanes } from './entropyCodedWeights';

const spec = (name: string, shape: number[], dtype: 'float32' | 'int32' = 'float32'): tf.io.WeightsManifestEntry => ({
  name,
  shape,
  dtype,
});

describe('entropy-coded weights', () => {
  it('round-trips any int16 codes through the planes and gzip into what tfjs dequantizes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: -32768, max: 32767 }), { minLength: 1, maxLength: 300 }), async (ints) => {
        const codes = Int16Array.from(ints);
        const step = 0.001;
        const specs = [steppedSpec(spec('w', [codes.length]), step), spec('shape', [2], 'int32')];
        const other = new Uint8Array(Int32Array.from([7, -1]).buffer);
        const zipped = gzipSync(
          planesFor([
            { spec: specs[0]!, codes },
            { spec: specs[1]!, bytes: other },
          ]),
        );
        const bytes = zipped.buffer.slice(zipped.byteOffset, zipped.byteOffset + zipped.length);
        // In two pieces, the second arriving later: decoding follows the pieces in order.
        const cut = Math.floor(bytes.byteLength / 2);
        const pieces = [
          Promise.resolve(bytes.slice(0, cut)),
          new Promise<ArrayBuffer>((resolve) => setTimeout(() => resolve(bytes.slice(cut)), 1)),
        ];
        const data = weightDataFromPlanes(await gunzip(pieces), specs);
        const decoded = tf.io.decodeWeights(data, specs);
        expect(Array.from(decoded['w']!.dataSync())).toEqual(Array.from(codes, (q) => Math.fround(-32768 * step + (q + 32768) * step)));
        expect(Array.from(decoded['shape']!.dataSync())).toEqual([7, -1]);
        tf.dispose(Object.values(decoded));
      }),
      { numRuns: 40 },
    );
  });

  it('rounds to the nearest step and keeps small codes out of the high plane', () => {
    const codes = stepCodes(Float32Array.from([0.0149, -0.0151, 0.2, -0.2]), 0.01);
    expect(Array.from(codes)).toEqual([1, -2, 20, -20]);
    const planes = planesFor([{ spec: spec('w', [4]), codes }]);
    expect(Array.from(planes)).toEqual([2, 3, 40, 39, 0, 0, 0, 0]);
  });

  it('refuses a step too small for the values, and planes that do not fit the specs', () => {
    expect(() => stepCodes(Float32Array.from([1]), 1e-6)).toThrow(/too small/);
    const specs = [steppedSpec(spec('w', [3]), 0.1)];
    expect(() => weightDataFromPlanes(new Uint8Array(5), specs)).toThrow(/decode to 5 bytes where the model needs 6/);
  });

  it('rejects a stream that is not gzip, and a piece that failed with its own error', async () => {
    await expect(gunzip([new Uint8Array([1, 2, 3, 4]).buffer])).rejects.toThrow();
    const zipped = gzipSync(new Uint8Array(1000));
    await expect(gunzip([zipped.buffer.slice(0, 10), Promise.reject(new Error('shard 2: 404'))])).rejects.toThrow('shard 2: 404');
  });
});
