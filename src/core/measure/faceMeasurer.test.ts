import '@tensorflow/tfjs-backend-cpu';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FACE_MEASURER_CONFIG, FaceMeasurer, MISSED_FACE, type FaceApiModule } from './faceMeasurer';

/** A face-api task as face-api builds them: its then() has no rejection handler. */
function failingTask(message: string) {
  const run = () => Promise.reject(new Error(message));
  return { run, then: (onFulfilled: (value: unknown) => unknown) => run().then(onFulfilled) };
}

const calls: string[] = [];
const failingFaceApi = {
  TinyFaceDetectorOptions: class {},
  detectSingleFace: () => {
    calls.push('detect');
    return failingTask('detector failed');
  },
} as unknown as FaceApiModule;

function noise(size: number): Uint8Array {
  return Uint8Array.from({ length: size * size * 3 }, (_, i) => (i * 97) % 256);
}

describe('FaceMeasurer', () => {
  it('never reads a picture smaller than the networks take as a face, and runs nothing on it', async () => {
    calls.length = 0;
    const measurer = new FaceMeasurer(failingFaceApi, DEFAULT_FACE_MEASURER_CONFIG);
    await expect(measurer.measureRgb(noise(8), 8, 8)).resolves.toEqual(MISSED_FACE);
    await expect(measurer.measureRgb(noise(63), 63, 63)).resolves.toEqual(MISSED_FACE);
    expect(calls).toEqual([]);
  });

  it('passes a failing face-api step on as an error instead of waiting for ever', async () => {
    const measurer = new FaceMeasurer(failingFaceApi, DEFAULT_FACE_MEASURER_CONFIG);
    const outcome = Promise.race([
      measurer.measureRgb(noise(64), 64, 64).then(
        () => 'measured',
        (error: Error) => error.message,
      ),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 2000)),
    ]);
    expect(await outcome).toBe('detector failed');
  });
});
