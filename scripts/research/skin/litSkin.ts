/** The rated faces' lit-skin colours, read with the app's own mask and estimate. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { apparentSkin, DEFAULT_APPARENT_SKIN, type ApparentSkinConfig, type SkinReading } from '../../../src/core/measure/apparentSkin';
import type { Point } from '../../../src/core/measure/landmarks';
import type { MonkTone } from '../../../src/core/measure/monkScale';
import { skinMask } from '../../../src/core/measure/skinMask';
import { RATINGS_PATH, SKIN_CACHE_DIR, ratedFacePath, type RatedFacePlan } from './ratedSet';

export interface MeasuredFace extends RatedFacePlan {
  tinyScores: Record<string, number>;
  ssdScore: number;
  landmarks: [number, number][] | null;
  msToMeasure: number;
}

export interface RatedSkin {
  face: MeasuredFace;
  rated: MonkTone;
  rgb: Uint8Array;
  mask: Uint8Array;
  reading: SkinReading | null;
}

export function readMeasured(): MeasuredFace[] {
  return JSON.parse(readFileSync(join(SKIN_CACHE_DIR, 'measured.json'), 'utf8')) as MeasuredFace[];
}

export function readRatings(): Map<number, MonkTone> {
  const ratings = (JSON.parse(readFileSync(RATINGS_PATH, 'utf8')) as { ratings: { index: number; monk: MonkTone }[] }).ratings;
  return new Map(ratings.map((r) => [r.index, r.monk]));
}

/** Every rated face the detector placed, with its mask and reading. */
export function ratedSkins(config: ApparentSkinConfig = DEFAULT_APPARENT_SKIN): RatedSkin[] {
  const ratings = readRatings();
  return readMeasured()
    .filter((face) => face.landmarks && ratings.has(face.index))
    .map((face) => {
      const rgb = new Uint8Array(readFileSync(ratedFacePath(face.index)));
      const landmarks: Point[] = face.landmarks!.map(([x, y]) => ({ x, y }));
      const mask = skinMask(landmarks, 128, 128);
      return { face, rated: ratings.get(face.index)!, rgb, mask, reading: apparentSkin(rgb, 128, 128, mask, config) };
    });
}
