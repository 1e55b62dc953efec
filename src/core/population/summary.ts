/**
 * Who a set of measured faces is, as counts: the one summary the committed default
 * distribution (scripts/fit/summarize-population.ts, from the fit's labels) and an audit in the
 * app (from fresh faces) are both made with, so the two compare like with like.
 */
import { MONK_GROUPS, MONK_SWATCHES, monkGroup, type MonkGroup, type MonkTone } from '../measure/monkScale';
import { AGE_BINS, histogram, YAW_BINS } from './histogram';

/**
 * The detector's score threshold, the fit's --min-score and the app measurer's
 * detectorScoreThreshold (a test keeps them equal). Summaries no longer filter on it: a face
 * the detector misses is measured in the aligned crop's box and counted all the same.
 */
export const MIN_DETECTION_SCORE = 0.1;

/** "Reads as male" / "reads as smiling": the classifier's probability above one half, as the fit's targets. */
export const SHARE_THRESHOLD = 0.5;

/** What a summary needs of one face: the app's FaceMeasurement fits. */
export interface FaceReading {
  found: boolean;
  age: number | null;
  pMale: number | null;
  expressions: { happy: number } | null;
  /** The skin's Monk tone; null when too little bare skin was in frame. */
  skin: { monk: MonkTone } | null;
  yaw: number | null;
  /** Found by the detector, or measured in the aligned crop's box because the detector missed it. */
  placedBy: 'detector' | 'aligned' | null;
}

export interface BinnedCounts {
  lower: number[];
  counts: number[];
}

export type GroupCounts = Record<MonkGroup, number>;

export interface PopulationSummary {
  /** Faces drawn. */
  faces: number;
  /** Faces measured, wherever they were placed: the base of every share. */
  measured: number;
  /** Of the measured faces, those the detector missed, measured in the aligned crop's box instead. */
  placedByAligned: number;
  age: BinnedCounts;
  /** Faces with P(male) > 0.5. */
  male: number;
  /** Faces with P(happy) > 0.5. */
  smiling: number;
  /** Faces per Monk tone, index tone − 1; faces with too little bare skin in frame are in none. */
  skin: number[];
  /** The same faces by Monk group (tones 1–3, 4–6, 7–10). */
  skinGroups: GroupCounts;
  /** Monk groups among the faces placed by the aligned crop, to see whether the detector's misses lean one way. */
  alignedByGroup: GroupCounts;
  yaw: BinnedCounts;
}

export const MONK_TONES: readonly MonkTone[] = MONK_SWATCHES.map((s) => s.tone);

export function isMeasured(face: FaceReading): boolean {
  return face.found;
}

const noGroups = (): GroupCounts => Object.fromEntries(MONK_GROUPS.map((g) => [g, 0])) as GroupCounts;

/** Group counts from per-tone counts (index tone − 1). */
export function groupsOfTones(perTone: readonly number[]): GroupCounts {
  const groups = noGroups();
  perTone.forEach((count, i) => (groups[monkGroup((i + 1) as MonkTone)] += count));
  return groups;
}

export function summarizeReadings(faces: readonly FaceReading[]): PopulationSummary {
  const measured = faces.filter(isMeasured);
  const values = (read: (f: FaceReading) => number | null) => measured.flatMap((f) => (read(f) === null ? [] : [read(f)!]));
  const skin = MONK_TONES.map(() => 0);
  const alignedByGroup = noGroups();
  for (const face of measured) {
    if (!face.skin) continue;
    skin[face.skin.monk - 1]!++;
    if (face.placedBy === 'aligned') alignedByGroup[monkGroup(face.skin.monk)]++;
  }
  return {
    faces: faces.length,
    measured: measured.length,
    placedByAligned: measured.filter((f) => f.placedBy === 'aligned').length,
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
    skinGroups: groupsOfTones(skin),
    alignedByGroup,
    yaw: {
      lower: [...YAW_BINS.lower],
      counts: histogram(
        values((f) => f.yaw),
        YAW_BINS,
      ),
    },
  };
}

/** Faces with a skin reading: the base of the skin-tone shares. */
export const skinMeasured = (s: PopulationSummary): number => s.skin.reduce((sum, c) => sum + c, 0);
