import { describe, expect, it, vi } from 'vitest';
import type { FaceImage } from '../core/faceBytes';
import type { FaceMeasurement, FoundFace } from '../core/measure/faceMeasurer';
import { fakeFace } from '../core/measure/sweepFixtures';
import { FaceReader } from './faceReader';

const image = (size = 64): FaceImage => ({ width: size, height: size, rgba: new Uint8ClampedArray(size * size * 4) });

/** A reader whose measurer gives `descriptor` for every face, and counts faces drawn and measured. */
function reader(descriptor: Float32Array | null, capacity?: number, render = vi.fn(async () => image())) {
  const measureRgb = vi.fn(async (): Promise<FaceMeasurement> => ({ ...(fakeFace() as FoundFace), descriptor }));
  const faces = new FaceReader({ measurers: { get: async () => ({ measureRgb }), reset: () => {} }, render }, capacity);
  return { faces, render, measureRgb };
}

const latent = (v: number) => Float32Array.of(v, 0);

describe('FaceReader', () => {
  it('draws and measures the face as generated once per seed', async () => {
    const { faces, render } = reader(Float32Array.of(1, 2));
    const measured = await faces.measure(image());
    expect(await faces.identity(measured, latent(1), latent(0))).toBe(0);
    expect(await faces.identity(measured, latent(2), latent(0))).toBe(0);
    expect(render).toHaveBeenCalledTimes(1);
  });

  it('takes a face drawn with every slider at 50 as its own reference instead of drawing it again', async () => {
    const { faces, render } = reader(Float32Array.of(5));
    const readings = await faces.readings(image(), latent(0), latent(0));
    expect(readings).toMatchObject({ status: 'measured', identity: 0 });
    expect(render).not.toHaveBeenCalled();
  });

  it('measures the same face once for the lock hold and the readings', async () => {
    const { faces, measureRgb } = reader(Float32Array.of(1));
    const face = image();
    await faces.measure(face);
    await faces.readings(face, latent(0), latent(0));
    expect(measureRgb).toHaveBeenCalledTimes(1);
  });

  it('says a face too small for the classifiers is too small, and a failure is a failure', async () => {
    const { faces } = reader(null);
    expect(await faces.readings(image(8), latent(0), latent(0))).toEqual({ status: 'too-small' });
    const failing = new FaceReader({
      measurers: { get: async () => Promise.reject(new Error('no weights')), reset: () => {} },
      render: vi.fn(),
    });
    expect(await failing.readings(image(), latent(0), latent(0))).toEqual({ status: 'failed', error: 'no weights' });
  });

  it('forgets a failed reference and the oldest seeds beyond its capacity', async () => {
    const failingRender = vi.fn(async (): Promise<FaceImage> => Promise.reject(new Error('lost')));
    const { faces: failing } = reader(Float32Array.of(1), 2, failingRender);
    const measured = await failing.measure(image());
    expect(await failing.identity(measured, latent(9), latent(1))).toBeNull();
    const { faces, render } = reader(Float32Array.of(1), 2);
    for (const seed of [1, 2, 3, 1]) await faces.identity(measured, latent(9), latent(seed));
    expect(render).toHaveBeenCalledTimes(4);
  });
});
