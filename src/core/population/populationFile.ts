/**
 * The committed default distribution (models/population.json): counts, never per-face rows,
 * written by scripts/fit/summarize-population.ts and checked here when the app loads it.
 */
import { AGE_BINS, YAW_BINS } from './histogram';
import { MONK_GROUPS } from '../measure/monkScale';
import { groupsOfTones, MONK_TONES, skinMeasured, type BinnedCounts, type PopulationSummary } from './summary';

/** 2: skin per Monk tone and group instead of ITA° categories, and faces placed by the aligned crop. */
export const POPULATION_FORMAT = 'face-explorer-population/2';

export interface PopulationFile {
  format: typeof POPULATION_FORMAT;
  summary: PopulationSummary;
  provenance: {
    /** Face i of the fit has latent latentFromSeed(fitSeedBase + i). */
    fitSeedBase: number;
    /** Faces generated and labelled (seeds fitSeedBase … fitSeedBase + n − 1). */
    n: number;
    classifier: string;
    packages: Record<string, string>;
    date: string;
    script: string;
  };
}

export type PopulationCheck = { ok: true; file: PopulationFile } | { ok: false; reason: string };

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function checkBins(name: string, binned: BinnedCounts | undefined, lower: readonly number[], total: number): string | null {
  if (!binned || !Array.isArray(binned.lower) || !Array.isArray(binned.counts)) return `the ${name} histogram is missing`;
  if (binned.lower.join() !== lower.join()) return `the ${name} bins are not the app's (${lower.join(', ')})`;
  if (binned.counts.length !== lower.length || !binned.counts.every(isCount)) return `the ${name} counts are not one whole number per bin`;
  const sum = binned.counts.reduce((a, b) => a + b, 0);
  if (sum !== total) return `the ${name} counts add up to ${sum}, not the ${total} measured faces`;
  return null;
}

function checkSkin(s: PopulationSummary): string | null {
  if (!Array.isArray(s.skin) || s.skin.length !== MONK_TONES.length || !s.skin.every(isCount) || skinMeasured(s) > s.measured)
    return 'the skin-tone counts must be one whole number per Monk tone (10), adding up to at most the measured faces';
  const groups = groupsOfTones(s.skin);
  if (!s.skinGroups || !MONK_GROUPS.every((g) => s.skinGroups[g] === groups[g]))
    return 'the skin group counts must be the Monk tone counts added up by group (1–3, 4–6, 7–10)';
  if (!isCount(s.placedByAligned) || s.placedByAligned > s.measured)
    return 'the faces placed by the aligned crop must be a whole number no larger than the measured faces';
  const aligned = s.alignedByGroup;
  if (!aligned || !MONK_GROUPS.every((g) => isCount(aligned[g]) && aligned[g] <= s.skinGroups[g]))
    return 'the skin groups of the aligned faces must be whole numbers no larger than those groups';
  if (MONK_GROUPS.reduce((sum, g) => sum + aligned[g], 0) > s.placedByAligned)
    return 'the skin groups of the aligned faces add up to more than the aligned faces';
  return null;
}

/** Checks a parsed population file, naming the first problem. */
export function validatePopulation(json: unknown): PopulationCheck {
  const f = json as Partial<PopulationFile> | null;
  if (!f || typeof f !== 'object') return { ok: false, reason: 'the population file is not a JSON object' };
  if (f.format !== POPULATION_FORMAT)
    return { ok: false, reason: `unknown population format ${JSON.stringify(f.format)} (expected ${POPULATION_FORMAT})` };
  const s = f.summary;
  if (!s || typeof s !== 'object') return { ok: false, reason: 'the population file has no summary' };
  if (!isCount(s.faces) || !isCount(s.measured) || s.measured > s.faces)
    return { ok: false, reason: 'the face counts are not whole numbers with measured ≤ faces' };
  if (!isCount(s.male) || !isCount(s.smiling) || s.male > s.measured || s.smiling > s.measured) {
    return { ok: false, reason: 'the male and smiling counts must be whole numbers no larger than the measured faces' };
  }
  const skin = checkSkin(s);
  if (skin) return { ok: false, reason: skin };
  const bins = checkBins('age', s.age, AGE_BINS.lower, s.measured) ?? checkBins('yaw', s.yaw, YAW_BINS.lower, s.measured);
  if (bins) return { ok: false, reason: bins };
  if (!f.provenance || typeof f.provenance !== 'object') return { ok: false, reason: 'the population file has no provenance' };
  return { ok: true, file: f as PopulationFile };
}
