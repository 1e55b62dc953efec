import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FaceImage } from '../core/faceBytes';
import type { LockHoldRequest } from '../core/lockPlan';
import type { FaceMeasurement, MeasureOptions } from '../core/measure/faceMeasurer';
import { fakeFace } from '../core/measure/sweepFixtures';
import { LatestWinsScheduler } from '../core/scheduler';
import { FaceEngine } from './faceEngine';
import type { MeasurerProvider } from './measurerSource';
import type { DrawnFrame, EngineListener, HdFrame } from './protocol';

const SIZE = 64;
const MEASURE_MS = 400;
const direction = Float32Array.of(1, 0, 0, 0);
const hold: LockHoldRequest = {
  locks: [{ reading: 'pMale', direction, tolerance: 0.05, slope: null }],
  anchor: new Float32Array(4), // P(male) 0.5 at the anchor
};
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Draws a flat face whose grey level is sigmoid(latent[0]), so P(male) can be read back from it. */
const generator = {
  backend: 'cpu',
  generateFrom: (latents: readonly Float32Array[]) =>
    tf.tidy(() => tf.stack(latents.map((z) => tf.fill([SIZE, SIZE, 3], sigmoid(z[0]!))))) as tf.Tensor4D,
  dispose: () => {},
};

/** A measurer that reads P(male) from the grey level, slowly, like face-api on WASM. */
function slowMeasurers(onMeasure: (options: MeasureOptions | undefined) => void): MeasurerProvider {
  return {
    get: async () => ({
      measureRgb: async (rgb, _width, _height, options) => {
        onMeasure(options);
        await new Promise((resolve) => setTimeout(resolve, MEASURE_MS));
        return fakeFace({ pMale: rgb[0]! / 255 }) as FaceMeasurement;
      },
    }),
    reset: () => {},
  };
}

/**
 * An engine drawing with the fake generator and measuring with the slow measurer. load() and
 * startBackend() fetch and verify real model files, so the two are put in place directly.
 */
function engineWithFakes() {
  let measures = 0;
  const options: (MeasureOptions | undefined)[] = [];
  const frames: (DrawnFrame & { at: number })[] = [];
  const engine = new FaceEngine({
    renderLoop: (run, events) => new LatestWinsScheduler(run, events),
    beforeJob: async () => {},
    probeGpus: async () => [],
  });
  Object.assign(engine, {
    generator,
    measurers: slowMeasurers((o) => {
      measures++;
      options.push(o);
    }),
  });
  const hdFrames: HdFrame[] = [];
  const listener: Partial<EngineListener> = {
    frame: (frame) => frames.push({ ...frame, at: performance.now() }),
    hdFrame: (frame) => hdFrames.push(frame),
    idle: () => {},
  };
  Object.assign(engine, { listener });
  return { engine, frames, hdFrames, options, measures: () => measures };
}

/** An HD pass that hands the face back as it is, so a test can see which face it was given. */
const identityHd = {
  enabled: true,
  cancel: () => {},
  configure: () => {},
  dropModel: () => {},
  upscale: async (image: FaceImage) => image,
};

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('FaceEngine lock holding at rest', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('sends the corrected face as a second frame of the same request once the face rests', async () => {
    const { engine, frames } = engineWithFakes();
    await engine.draw({ seq: 1, kind: 'main', latents: [Float32Array.of(1.2, 0, 0, 0)], hold });
    await engine.idle();
    expect(frames.map((f) => [f.seq, f.held !== undefined])).toEqual([
      [1, false],
      [1, true],
    ]);
    expect(frames[1]!.held!.statuses[0]!.held).toBe(true);
  });

  it('upscales the corrected face, not the face as first drawn', async () => {
    const { engine, frames, hdFrames } = engineWithFakes();
    Object.assign(engine, { hd: identityHd });
    await engine.draw({ seq: 1, kind: 'main', latents: [Float32Array.of(1.2, 0, 0, 0)], hold });
    await engine.idle();
    const held = frames.find((f) => f.held)!;
    expect(hdFrames).toHaveLength(1);
    expect(hdFrames[0]!.seq).toBe(1);
    expect(hdFrames[0]!.image.rgba).toEqual(held.images[0]!.rgba);
    expect(hdFrames[0]!.image.rgba).not.toEqual(frames[0]!.images[0]!.rgba);
  });

  it("measures the face at rest once for both the page's readout and the hold's first try", async () => {
    const { engine, frames, measures } = engineWithFakes();
    // Within tolerance as drawn: the hold measures its anchor and the face itself, nothing more.
    await engine.draw({ seq: 1, kind: 'main', latents: [Float32Array.of(0.02, 0, 0, 0)], hold });
    await until(() => frames.length > 0);
    const shown = frames[0]!.images[0]!;
    // The page measures its own copy of the frame's bytes.
    const read = await engine.measure({ ...shown, rgba: shown.rgba.slice() });
    await engine.idle();
    expect(frames.find((f) => f.held)!.held!.measurement).toEqual(read);
    expect(measures()).toBe(2);
  });

  it('draws a newer request at once while a hold is measuring, and drops the superseded hold', async () => {
    const { engine, frames, measures } = engineWithFakes();
    await engine.draw({ seq: 1, kind: 'main', latents: [Float32Array.of(1.2, 0, 0, 0)], hold });
    // The hold has begun: its first measuring (the anchor face) is under way.
    await until(() => measures() > 0);
    const asked = performance.now();
    await engine.draw({ seq: 2, kind: 'main', latents: [Float32Array.of(0.1, 0, 0, 0)] });
    await until(() => frames.some((f) => f.seq === 2));
    // Waiting behind the hold would cost at least the rest of that measuring.
    expect(frames.find((f) => f.seq === 2)!.at - asked).toBeLessThan(MEASURE_MS / 2);
    await engine.idle();
    expect(frames.filter((f) => f.held)).toEqual([]);
    expect(tf.memory().numTensors).toBe(0);
  });
});

describe('FaceEngine audits', () => {
  it('measure each face without the identity descriptor, which an audit never uses', async () => {
    const { engine, options } = engineWithFakes();
    const measurements = await engine.auditBatch([Float32Array.of(0.5, 0, 0, 0), Float32Array.of(-0.5, 0, 0, 0)]);
    expect(measurements.map((m) => m.pMale)).toEqual([expect.closeTo(0.62, 2), expect.closeTo(0.38, 2)]);
    expect(options).toEqual([{ descriptor: false }, { descriptor: false }]);
  });
});
