/** Agreement between a reading and the ratings: the figures the validation reports. */
import { MONK_GROUPS, monkGroup, type MonkGroup, type MonkTone } from '../../../src/core/measure/monkScale';

export interface Paired {
  rated: MonkTone;
  /** The reading's tone, or null when it gave none (counted as a disagreement). */
  tone: MonkTone | null;
  /** The reading's coarse group where it reports groups another way (the old ITA° categories). */
  group?: MonkGroup | null;
}

export interface Agreement {
  n: number;
  /** Share of faces whose coarse group (1–3 / 4–6 / 7–10) matches the rating's. */
  group: number;
  exact: number;
  withinOne: number;
  /** confusion[rated group][read group], with a column for no reading. */
  confusion: Record<MonkGroup, Record<MonkGroup | 'none', number>>;
}

export function agreement(pairs: readonly Paired[]): Agreement {
  const confusion = Object.fromEntries(MONK_GROUPS.map((g) => [g, { light: 0, medium: 0, dark: 0, none: 0 }])) as Agreement['confusion'];
  let group = 0;
  let exact = 0;
  let withinOne = 0;
  for (const p of pairs) {
    const readGroup = p.group !== undefined ? p.group : p.tone === null ? null : monkGroup(p.tone);
    confusion[monkGroup(p.rated)][readGroup ?? 'none']++;
    if (readGroup === monkGroup(p.rated)) group++;
    if (p.tone !== null && p.tone === p.rated) exact++;
    if (p.tone !== null && Math.abs(p.tone - p.rated) <= 1) withinOne++;
  }
  const n = pairs.length;
  return { n, group: group / n, exact: exact / n, withinOne: withinOne / n, confusion };
}

/** Share of pairs whose two tones are at most one apart (a reading against itself under an edit). */
export function stableWithinOne(pairs: readonly [MonkTone | null, MonkTone | null][]): number {
  return pairs.filter(([a, b]) => a !== null && b !== null && Math.abs(a - b) <= 1).length / pairs.length;
}
