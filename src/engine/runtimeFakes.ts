/**
 * A runtime on fakes for the runtime's tests: a model whose grey level follows latent[0], a slow
 * measurer that reads P(male) back from it, and an HD pass that widens the face.
 */
import type { FaceImage } from '../core/faceBytes';
import type { FrameUpdate } from '../core/frameRecord';
import type { LockHoldRequest } from '../core/lockPlan';
import type { FaceMeasurement, MeasureOptions } from '../core/measure/faceMeasurer';
import { fakeFace } from '../core/measure/sweepFixtures';
import { LatestWinsScheduler } from '../core/scheduler';
import type { FaceModel } from './faceModel';
import { FaceRuntime } from './faceRuntime';
import type { MeasurerProvider } from './measurerSource';
import type { MainRequest } from './protocol';

export const SIZE = 64;
export const MEASURE_MS = 200;
const direction = Float32Array.of(1, 0, 0, 0);
export const hold: LockHoldRequest = {
  locks: [{ reading: 'pMale', direction, tolerance: 0.05, slope: null }],
  anchor: new Float32Array(4), // P(male) 0.5 at the anchor
};
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Draws a flat face whose grey level is sigmoid(latent[0]), so P(male) can be read back from it. */
let rendered = 0;
/** Faces the fake model has drawn so far. */
export const facesRendered = () => rendered;
const flatFaces = (latents: readonly Float32Array[]) =>
  latents.map((z) => ({
    rgba: new Uint8ClampedArray(SIZE * SIZE * 4).fill(Math.round(255 * sigmoid(z[0]!))),
    width: SIZE,
    height: SIZE,
  }));
/** Steps of a face drawn step by step, and how long each takes. */
export const FACE_STEPS = 4;
export const STEP_MS = 20;
/** Faces given up between steps, and whether a stepped face is under way. */
export const stepping = { givenUp: 0, underWay: false };
const fakeModel: FaceModel = {
  backend: 'fake',
  render: async (latents) => {
    rendered += latents.length;
    return flatFaces(latents);
  },
  renderInSteps: async (latents, between) => {
    stepping.underWay = true;
    try {
      for (let step = 1; step <= FACE_STEPS; step++) {
        await new Promise((resolve) => setTimeout(resolve, STEP_MS));
        if (step < FACE_STEPS && !(await between())) {
          stepping.givenUp++;
          return null;
        }
      }
    } finally {
      stepping.underWay = false;
    }
    rendered += latents.length;
    return flatFaces(latents);
  },
  dispose: () => {},
};

/** A measurer that reads P(male) from the grey level, slowly, like face-api on WASM. */
function slowMeasurers(onMeasure: (options: MeasureOptions | undefined) => void): MeasurerProvider {
  return {
    get: async () => ({
      measureRgb: async (rgb, _width, _height, options) => {
        onMeasure(options);
        await new Promise((resolve) => setTimeout(resolve, MEASURE_MS));
        return { ...fakeFace({ pMale: rgb[0]! / 255 }), descriptor: Float32Array.of(rgb[0]! / 255) } as FaceMeasurement;
      },
    }),
    reset: () => {},
  };
}

/** An HD pass that hands the face back four times wider, so a test can see which face it was given. */
const hd = {
  enabled: true,
  cancel: () => {},
  upscale: async (image: FaceImage) => ({ ...image, width: image.width * 4 }),
};

export function runtimeWithFakes(options: { hdOn?: boolean; maxUnmeasuredMs?: number } = {}) {
  const updates: (FrameUpdate & { at: number })[] = [];
  const measured: (MeasureOptions | undefined)[] = [];
  const runtime = new FaceRuntime(
    {
      model: fakeModel,
      measurers: slowMeasurers((o) => measured.push(o)),
      hd: { ...hd, enabled: options.hdOn ?? false },
      listener: { record: (u) => updates.push({ ...u, at: performance.now() }), gallery: () => {}, idle: () => {} },
      onError: (error) => {
        throw error;
      },
      hdFailed: () => {},
    },
    {
      renderLoop: (run, events) => new LatestWinsScheduler(run, events),
      beforeJob: async () => {},
      maxUnmeasuredMs: options.maxUnmeasuredMs ?? 60_000,
      settleMs: 40,
      prepareBatch: 1,
    },
  );
  return { runtime, updates, measured };
}

export const request = (id: number, x: number, extra: Partial<MainRequest> = {}): MainRequest => ({
  id,
  kind: 'main',
  latent: Float32Array.of(x, 0, 0, 0),
  state: { seed: 1, sliders: { male: 50 + id }, locked: [], playing: null },
  reference: Float32Array.of(0, 0, 0, 0),
  ...extra,
});

export const stages = (updates: FrameUpdate[], id: number) =>
  updates.filter((u) => (u.stage === 'drawn' ? u.record.id : u.id) === id).map((u) => u.stage);

export async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}
