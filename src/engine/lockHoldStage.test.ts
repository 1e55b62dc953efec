import { describe, expect, it, vi } from 'vitest';
import type { FaceImage } from '../core/faceBytes';
import type { LockHoldRequest } from '../core/lockPlan';
import { MISSED_FACE } from '../core/measure/faceMeasurer';
import { fakeFace } from '../core/measure/sweepFixtures';
import { LockHoldStage } from './lockHoldStage';

const SIZE = 4;
const direction = Float32Array.of(1, 0, 0, 0);
/** A "face" is its latent, carried in the image bytes' place so the fake measurer can read it. */
const faceOf = (latent: Float32Array): FaceImage & { latent: Float32Array } => ({
  width: 64,
  height: 64,
  rgba: new Uint8ClampedArray(64 * 64 * 4),
  latent,
});
const pMaleOf = (latent: Float32Array) => 1 / (1 + Math.exp(-latent[0]!));

function deps(found = true) {
  return {
    render: vi.fn(async (latent: Float32Array) => faceOf(latent)),
    measure: vi.fn(async (image: FaceImage) =>
      found ? fakeFace({ pMale: pMaleOf((image as ReturnType<typeof faceOf>).latent) }) : MISSED_FACE,
    ),
  };
}

const request: LockHoldRequest = {
  locks: [{ reading: 'pMale', direction, tolerance: 0.05, slope: null }],
  anchor: new Float32Array(SIZE), // P(male) 0.5 at the anchor
};
const config = { restMs: 0, anchors: 2 };

describe('LockHoldStage', () => {
  it('corrects a drifted face back to its anchor reading and hands over the face it measured', async () => {
    const d = deps();
    const stage = new LockHoldStage(d, config);
    const start = Float32Array.of(1.2, 0, 0, 0); // P(male) 0.77
    const held = await stage.run(request, start, faceOf(start), () => false);
    expect(held!.statuses[0]!.held).toBe(true);
    expect(Math.abs(held!.measurement!.pMale! - 0.5)).toBeLessThanOrEqual(0.05);
    expect((held!.image as ReturnType<typeof faceOf>).latent[0]).toBeCloseTo(0, 0);
    expect(held!.measures).toBeGreaterThan(0);
  });

  it('measures an anchor once and gives nothing when superseded', async () => {
    const d = deps();
    const stage = new LockHoldStage(d, config);
    const start = Float32Array.of(0.05, 0, 0, 0);
    await stage.run(request, start, faceOf(start), () => false);
    await stage.run(request, start, faceOf(start), () => false);
    expect(d.render.mock.calls.filter(([z]) => z === request.anchor)).toHaveLength(1);
    expect(await stage.run(request, start, faceOf(start), () => true)).toBeNull();
  });

  it('stops a try between its drawing and its measuring once newer input arrived', async () => {
    const d = deps();
    let newer = false;
    d.render.mockImplementation(async (latent: Float32Array) => {
      if (latent !== request.anchor) newer = true;
      return faceOf(latent);
    });
    const start = Float32Array.of(1.2, 0, 0, 0);
    expect(await new LockHoldStage(d, config).run(request, start, faceOf(start), () => newer)).toBeNull();
    // The anchor and the face as drawn were measured; the first correction drawn was not.
    expect(d.measure).toHaveBeenCalledTimes(2);
  });

  it('says could not hold when the anchor face is not found', async () => {
    const stage = new LockHoldStage(deps(false), config);
    const start = new Float32Array(SIZE);
    const held = await stage.run(request, start, faceOf(start), () => false);
    expect(held!.statuses).toEqual([{ reading: 'pMale', held: false, value: null, residual: null }]);
  });

  it('leaves faces too small to measure alone', async () => {
    const d = deps();
    const tiny = { width: 8, height: 8, rgba: new Uint8ClampedArray(8 * 8 * 4) };
    expect(await new LockHoldStage(d, config).run(request, Float32Array.of(2, 0, 0, 0), tiny, () => false)).toBeNull();
    expect(d.measure).not.toHaveBeenCalled();
  });

  it('never throws: a failed draw means no corrected face', async () => {
    const stage = new LockHoldStage({ render: async () => Promise.reject(new Error('lost')), measure: vi.fn() }, config);
    expect(await stage.run(request, new Float32Array(SIZE), faceOf(new Float32Array(SIZE)), () => false)).toBeNull();
  });
});
