/**
 * The committed default distribution (models/population.json): counts, never per-face rows,
 * written by scripts/fit/summarize-population.ts and checked here when the app loads it.
 */
import { message, type Message } from '../../i18n/catalogue';
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

export type PopulationCheck = { ok: true; file: PopulationFile } | { ok: false; reason: Message };

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function checkBins(id: 'age' | 'yaw', binned: BinnedCounts | undefined, lower: readonly number[], total: number): Message | null {
  const name = message(`report.populationFile.${id}`);
  if (!binned || !Array.isArray(binned.lower) || !Array.isArray(binned.counts))
    return message('report.populationFile.noHistogram', { name });
  if (binned.lower.join() !== lower.join()) return message('report.populationFile.bins', { name, bins: lower.join(', ') });
  if (binned.counts.length !== lower.length || !binned.counts.every(isCount)) return message('report.populationFile.binCounts', { name });
  const sum = binned.counts.reduce((a, b) => a + b, 0);
  if (sum !== total) return message('report.populationFile.binTotal', { name, sum, total });
  return null;
}

function checkSkin(s: PopulationSummary): Message | null {
  if (!Array.isArray(s.skin) || s.skin.length !== MONK_TONES.length || !s.skin.every(isCount) || skinMeasured(s) > s.measured)
    return message('report.populationFile.tones');
  const groups = groupsOfTones(s.skin);
  if (!s.skinGroups || !MONK_GROUPS.every((g) => s.skinGroups[g] === groups[g])) return message('report.populationFile.groups');
  if (!isCount(s.placedByAligned) || s.placedByAligned > s.measured) return message('report.populationFile.aligned');
  const aligned = s.alignedByGroup;
  if (!aligned || !MONK_GROUPS.every((g) => isCount(aligned[g]) && aligned[g] <= s.skinGroups[g]))
    return message('report.populationFile.alignedGroups');
  if (MONK_GROUPS.reduce((sum, g) => sum + aligned[g], 0) > s.placedByAligned) return message('report.populationFile.alignedTotal');
  return null;
}

/** Checks a parsed population file, naming the first problem (a message: the panel shows it). */
export function validatePopulation(json: unknown): PopulationCheck {
  const f = json as Partial<PopulationFile> | null;
  if (!f || typeof f !== 'object') return { ok: false, reason: message('report.populationFile.notObject') };
  if (f.format !== POPULATION_FORMAT)
    return {
      ok: false,
      reason: message('report.populationFile.format', { format: JSON.stringify(f.format) ?? 'undefined', expected: POPULATION_FORMAT }),
    };
  const s = f.summary;
  if (!s || typeof s !== 'object') return { ok: false, reason: message('report.populationFile.noSummary') };
  if (!isCount(s.faces) || !isCount(s.measured) || s.measured > s.faces)
    return { ok: false, reason: message('report.populationFile.faces') };
  if (!isCount(s.male) || !isCount(s.smiling) || s.male > s.measured || s.smiling > s.measured) {
    return { ok: false, reason: message('report.populationFile.maleSmiling') };
  }
  const skin = checkSkin(s);
  if (skin) return { ok: false, reason: skin };
  const bins = checkBins('age', s.age, AGE_BINS.lower, s.measured) ?? checkBins('yaw', s.yaw, YAW_BINS.lower, s.measured);
  if (bins) return { ok: false, reason: bins };
  if (!f.provenance || typeof f.provenance !== 'object') return { ok: false, reason: message('report.populationFile.noProvenance') };
  return { ok: true, file: f as PopulationFile };
}
