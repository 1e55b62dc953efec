/**
 * Who a set of measured faces is, as counts: the one summary the committed default
 * distribution (scripts/fit/summarize-population.ts, from the fit's labels) and an audit in the
 * app (from fresh faces) are both made with, so the two compare like with like.
 */
import { itaCategory, type ItaCategory } from '../measure/itaCategory';
import { AGE_BINS, histogram, YAW_BINS } from './histogram';

export const ITA_CATEGORIES: readonly ItaCategory[] = ['very light', 'light', 'intermediate', 'tan', 'brown', 'dark'];

/**
 * Detections below this score count as no face: the fit's --min-score and the app measurer's
 * detectorScoreThreshold (a test keeps them equal), so both sides trust the same faces.
 */
export const MIN_DETECTION_SCORE = 0.3;

/** "Reads as male" / "reads as smiling": the classifier's probability above one half, as the fit's targets. */
export const SHARE_THRESHOLD = 0.5;

/** What a summary needs of one face: the app's FaceMeasurement and the fit's FaceLabel both fit. */
export interface FaceReading {
  found: boolean;
  age: number | null;
  pMale: number | null;
  expressions: { happy: number } | null;
  ita: number | null;
  yaw: number | null;
  detectionScore: number | null;
}

export interface BinnedCounts {
  lower: number[];
  counts: number[];
}

export interface PopulationSummary {
  /** Faces drawn. */
  faces: number;
  /** Faces detected with a score of at least minDetectionScore: the base of every share. */
  measured: number;
  minDetectionScore: number;
  age: BinnedCounts;
  /** Faces with P(male) > 0.5. */
  male: number;
  /** Faces with P(happy) > 0.5. */
  smiling: number;
  /** Faces per ITA° category; faces without a skin patch in frame are in none. */
  skin: Record<ItaCategory, number>;
  yaw: BinnedCounts;
}

export function isMeasured(face: FaceReading, minScore = MIN_DETECTION_SCORE): boolean {
  return face.found && face.detectionScore !== null && face.detectionScore >= minScore;
}

export function summarizeReadings(faces: readonly FaceReading[], minScore = MIN_DETECTION_SCORE): PopulationSummary {
  const measured = faces.filter((f) => isMeasured(f, minScore));
  const values = (read: (f: FaceReading) => number | null) => measured.flatMap((f) => (read(f) === null ? [] : [read(f)!]));
  const skin = Object.fromEntries(ITA_CATEGORIES.map((c) => [c, 0])) as Record<ItaCategory, number>;
  for (const ita of values((f) => f.ita)) skin[itaCategory(ita)]++;
  return {
    faces: faces.length,
    measured: measured.length,
    minDetectionScore: minScore,
    age: {
      lower: [...AGE_BINS.lower],
      counts: histogram(
        values((f) => f.age),
        AGE_BINS,
      ),
    },
    male: values((f) => f.pMale).filter((p) => p > SHARE_THRESHOLD).length,
    smiling: values((f) => f.expressions?.happy ?? null).filter((p) => p > SHARE_THRESHOLD).length,
    skin,
    yaw: {
      lower: [...YAW_BINS.lower],
      counts: histogram(
        values((f) => f.yaw),
        YAW_BINS,
      ),
    },
  };
}

/** Faces with a skin patch in frame: the base of the skin-tone shares. */
export const skinMeasured = (s: PopulationSummary): number => ITA_CATEGORIES.reduce((sum, c) => sum + s.skin[c], 0);
