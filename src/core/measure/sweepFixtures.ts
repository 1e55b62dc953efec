/** Synthetic measurements for the sweep's, population's and presenter's unit tests. */
import { readColour, type SkinReading } from './apparentSkin';
import { MISSED_FACE, type FoundFace } from './faceMeasurer';
import { MONK_SWATCHES, monkGroup, monkSwatch, type MonkTone } from './monkScale';
import type { SweepResult } from './sweep';

export interface FakeReadings {
  age?: number;
  pMale?: number;
  pHappy?: number;
  /** Skin lightness L*; null for a face with too little bare skin in frame. */
  skinL?: number | null;
  /** The Monk tone to report; by default the swatch nearest in lightness. */
  monk?: MonkTone;
  yaw?: number;
  placedBy?: FoundFace['placedBy'];
  /** The face's identity distance to its face as generated. */
  identity?: number | null;
}

const closestInLightness = (lightness: number) =>
  MONK_SWATCHES.reduce((best, s) => (Math.abs(s.lab.L - lightness) < Math.abs(best.lab.L - lightness) ? s : best));

/**
 * A skin reading of the given lightness with a swatch's hue and chroma, so hue, ITA° and the
 * colour are plausible together; `monk` overrides the tone without moving the numbers.
 */
export function fakeSkin(lightness: number, monk?: MonkTone): SkinReading {
  const swatch = monk ? monkSwatch(monk) : closestInLightness(lightness);
  const reading = readColour({ ...swatch.lab, L: lightness }, [...swatch.rgb], 500);
  return monk ? { ...reading, monk, group: monkGroup(monk) } : reading;
}

export function fakeFace(r: FakeReadings = {}): FoundFace {
  const happy = r.pHappy ?? 0.1;
  const lightness = r.skinL === undefined ? 70 : r.skinL;
  const skin = lightness === null ? null : fakeSkin(lightness, r.monk);
  const placedBy = r.placedBy ?? 'detector';
  return {
    found: true,
    age: r.age ?? 30,
    pMale: r.pMale ?? 0.5,
    expressions: { neutral: 1 - happy, happy, sad: 0, angry: 0, fearful: 0, disgusted: 0, surprised: 0 },
    skin,
    ita: skin?.ita ?? null,
    yaw: r.yaw ?? 0,
    detectionScore: placedBy === 'aligned' ? 0 : 0.9,
    placedBy,
    box: { x: 20, y: 26, width: 87, height: 87 },
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

/** A skin reading with exactly these round numbers, for tests that print them. */
export function plainSkin(r: Pick<SkinReading, 'lightness' | 'hue' | 'chroma' | 'ita' | 'monk' | 'rgb' | 'pixels'>): SkinReading {
  const radians = (r.hue * Math.PI) / 180;
  const lab = { L: r.lightness, a: r.chroma * Math.cos(radians), b: r.chroma * Math.sin(radians) };
  return { ...r, lab, monkPosition: r.monk, group: monkGroup(r.monk) };
}
