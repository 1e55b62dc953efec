import { describe, expect, it } from 'vitest';
import { hold, MEASURE_MS, request, runtimeWithFakes, SIZE, stages, until } from './runtimeFakes';

describe('FaceRuntime frame records', () => {
  it('grows one record through its stages in order: drawn, held, HD, final', async () => {
    const { runtime, updates } = runtimeWithFakes({ hdOn: true });
    runtime.draw(request(1, 1.2, { hold }));
    await runtime.idle();
    expect(stages(updates, 1)).toEqual(['drawn', 'held', 'hd', 'final']);
    const held = updates.find((u) => u.stage === 'held')!;
    if (held.stage !== 'held') throw new Error('no held update');
    expect(held.lockStatus.statuses[0]!.held).toBe(true);
    // The hold measured the corrected face: those are its readings, with identity to the face as generated.
    expect(held.readings).toMatchObject({ status: 'measured', identity: expect.any(Number) });
    // HD upscales the corrected face, not the face as first drawn.
    const hdUpdate = updates.find((u) => u.stage === 'hd')!;
    if (hdUpdate.stage !== 'hd') throw new Error('no hd update');
    expect(hdUpdate.hd.rgba[0]).toBe(held.image.rgba[0]);
  });

  it('carries the state it was asked with, and measures a face without locks once it rests', async () => {
    const { runtime, updates } = runtimeWithFakes();
    runtime.draw(request(3, 0.5));
    await runtime.idle();
    expect(stages(updates, 3)).toEqual(['drawn', 'measured', 'final']);
    const drawn = updates[0]!;
    if (drawn.stage !== 'drawn') throw new Error('not drawn first');
    expect(drawn.record.state.sliders).toEqual({ male: 53 });
    expect(updates[1]).toMatchObject({
      stage: 'measured',
      readings: { status: 'measured', measurement: { pMale: expect.closeTo(0.62, 2) } },
    });
  });

  it('draws a newer request at once while an older face is measured, and ends the older one’s stages', async () => {
    const { runtime, updates, measured } = runtimeWithFakes({ hdOn: true });
    runtime.draw(request(1, 1.2, { hold }));
    // The hold has begun: its first measuring (the anchor face) is under way.
    await until(() => measured.length > 0);
    const asked = performance.now();
    runtime.draw(request(2, 0.1));
    await until(() => updates.some((u) => u.stage === 'drawn' && u.record.id === 2));
    const drawn2 = updates.find((u) => u.stage === 'drawn' && u.record.id === 2)!;
    expect(drawn2.at - asked).toBeLessThan(MEASURE_MS / 2);
    await runtime.idle();
    expect(stages(updates, 1)).toEqual(['drawn']);
    expect(stages(updates, 2)).toEqual(['drawn', 'measured', 'hd', 'final']);
  });

  it('measures a face in the loop when input never lets one rest for longer than the limit', async () => {
    const { runtime, updates } = runtimeWithFakes({ maxUnmeasuredMs: 50 });
    for (let id = 1; id <= 8; id++) {
      runtime.draw(request(id, id / 10));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await runtime.idle();
    const measuredIds = updates.filter((u) => u.stage === 'measured').map((u) => (u.stage === 'measured' ? u.id : 0));
    // Some faces before the last were measured while newer requests kept coming.
    expect(measuredIds.filter((id) => id < 8).length).toBeGreaterThan(0);
  });

  it('gives the final record of a request outside the loop (a download), with its corrected face', async () => {
    const { runtime, updates } = runtimeWithFakes({ hdOn: true });
    const record = await runtime.drawFinal(request(5, 1.2, { hold }));
    expect(record).toMatchObject({ id: 5, final: true, lockStatus: { statuses: [{ held: true }] } });
    expect(record.hd!.width).toBe(SIZE * 4);
    expect(record.hd!.rgba[0]).toBe(record.image.rgba[0]);
    // Nothing of it reaches the screen's records.
    expect(updates).toEqual([]);
  });
});

describe('FaceRuntime batches', () => {
  it('measures an audit batch without the identity descriptor, and sends no faces back', async () => {
    const { runtime, measured } = runtimeWithFakes();
    const batch = await runtime.measureBatch([{ latent: Float32Array.of(0.5, 0, 0, 0) }, { latent: Float32Array.of(-0.5, 0, 0, 0) }], {
      images: false,
      descriptor: false,
    });
    expect(batch.measurements.map((m) => m.pMale)).toEqual([expect.closeTo(0.62, 2), expect.closeTo(0.38, 2)]);
    expect(batch.images).toBeNull();
    expect(batch.identity).toEqual([null, null]);
    expect(measured).toEqual([{ descriptor: false }, { descriptor: false }]);
  });

  it('gives a sweep its faces and each one’s identity distance to its seed’s face as generated', async () => {
    const { runtime } = runtimeWithFakes();
    const reference = Float32Array.of(0, 0, 0, 0);
    const batch = await runtime.measureBatch(
      [
        { latent: reference, reference },
        { latent: Float32Array.of(2, 0, 0, 0), reference },
      ],
      { images: true, descriptor: true },
    );
    expect(batch.images).toHaveLength(2);
    expect(batch.identity[0]).toBe(0);
    expect(batch.identity[1]).toBeGreaterThan(0.3);
  });
});
