import { describe, expect, it, vi } from 'vitest';
import type { FaceImage } from '../core/faceBytes';
import type { FaceMeasurement, FoundFace } from '../core/measure/faceMeasurer';
import { fakeFace } from '../core/measure/sweepFixtures';
import { IdentityReferences } from './identityReference';

const image: FaceImage = { width: 1, height: 1, rgba: new Uint8ClampedArray(4) };

function engineReading(descriptor: Float32Array | null) {
  return {
    renderImages: vi.fn(async () => [image]),
    measure: vi.fn(async (): Promise<FaceMeasurement> => ({ ...(fakeFace() as FoundFace), descriptor })),
  };
}

describe('IdentityReferences', () => {
  it('measures the face as generated once per seed', async () => {
    const references = new IdentityReferences();
    const engine = engineReading(Float32Array.of(1, 2));
    expect(await references.descriptorFor(7, new Float32Array(2), engine)).toEqual(Float32Array.of(1, 2));
    expect(await references.descriptorFor(7, new Float32Array(2), engine)).toEqual(Float32Array.of(1, 2));
    expect(engine.renderImages).toHaveBeenCalledTimes(1);
  });

  it('uses a neutral measurement it was given instead of drawing again', async () => {
    const references = new IdentityReferences();
    references.remember(3, { ...(fakeFace() as FoundFace), descriptor: Float32Array.of(5) });
    const engine = engineReading(Float32Array.of(9));
    expect(await references.descriptorFor(3, new Float32Array(1), engine)).toEqual(Float32Array.of(5));
    expect(engine.renderImages).not.toHaveBeenCalled();
  });

  it('forgets a failed measurement and the oldest seeds beyond its capacity', async () => {
    const references = new IdentityReferences(2);
    const failing = { renderImages: vi.fn(async () => Promise.reject(new Error('lost'))), measure: vi.fn() };
    await expect(references.descriptorFor(1, new Float32Array(1), failing)).rejects.toThrow('lost');
    const engine = engineReading(Float32Array.of(1));
    await references.descriptorFor(1, new Float32Array(1), engine);
    expect(engine.renderImages).toHaveBeenCalledTimes(1);
    await references.descriptorFor(2, new Float32Array(1), engine);
    await references.descriptorFor(3, new Float32Array(1), engine);
    await references.descriptorFor(1, new Float32Array(1), engine);
    expect(engine.renderImages).toHaveBeenCalledTimes(4);
  });
});
