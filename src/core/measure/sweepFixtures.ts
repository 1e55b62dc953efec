/** Synthetic measurements for the sweep's unit tests. */
import { MISSED_FACE, type FaceMeasurement } from './faceMeasurer';
import type { SweepResult } from './sweep';

export interface FakeReadings {
  age?: number;
  pMale?: number;
  pHappy?: number;
  ita?: number | null;
  yaw?: number;
  /** The face's identity distance to its face as generated. */
  identity?: number | null;
}

export function fakeFace(r: FakeReadings = {}): FaceMeasurement {
  const happy = r.pHappy ?? 0.1;
  return {
    found: true,
    age: r.age ?? 30,
    pMale: r.pMale ?? 0.5,
    expressions: { neutral: 1 - happy, happy, sad: 0, angry: 0, fearful: 0, disgusted: 0, surprised: 0 },
    ita: r.ita === undefined ? 40 : r.ita,
    yaw: r.yaw ?? 0,
    detectionScore: 0.9,
    landmarks: [],
    descriptor: null,
  };
}

/** A full grid; `at(face, step)` gives each cell's readings, or null for a face the detector missed. */
export function fakeSweep(
  attributeId: string,
  seeds: number[],
  sliderValues: number[],
  at: (face: number, step: number) => FakeReadings | null,
): SweepResult {
  const faces = sliderValues.flatMap((slider, step) =>
    seeds.map((seed, face) => {
      const readings = at(face, step);
      return { face, step, seed, slider, measurement: readings ? fakeFace(readings) : MISSED_FACE, identity: readings?.identity ?? null };
    }),
  );
  return { attributeId, attributeLabel: attributeId[0]!.toUpperCase() + attributeId.slice(1), seeds, sliderValues, faces };
}
