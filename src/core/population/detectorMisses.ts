/**
 * The faces the face detector missed, which the measurer placed in the aligned crop's box
 * instead: how many, their Monk groups, and whether they lean toward lighter or darker skin
 * than the faces the detector found. Before the aligned crop these faces fell out of every
 * share unseen; if the misses lean one way, the shares without them would have leaned the other.
 */
import { message, type Message } from '../../i18n/catalogue';
import { countValue, listValue, percentValue } from '../../i18n/values';
import { MONK_GROUPS, type MonkGroup } from '../measure/monkScale';
import type { GroupCounts, PopulationSummary } from './summary';
import { wilsonInterval, type Share } from './wilson';

export type Lean = 'darker' | 'lighter' | 'mixed' | 'none';

export interface GroupDifference {
  group: MonkGroup;
  /** The group's share among the missed faces with a skin reading. */
  missed: Share;
  /** Its share among the faces the detector found. */
  found: Share;
  /** missed − found, with Newcombe's 95 % interval for a difference of two independent shares. */
  difference: number;
  low: number;
  high: number;
}

export interface DetectorMisses {
  /** Faces measured in the aligned crop's box. */
  missed: number;
  /** Faces measured in all. */
  measured: number;
  byGroup: GroupCounts;
  differences: GroupDifference[];
  /** Which way the misses lean; null when none of them has a skin reading to compare. */
  lean: Lean | null;
}

/**
 * Newcombe's hybrid score interval (Newcombe 1998, method 10), built from the two Wilson
 * intervals: unlike the textbook ±1.96·SE it stays honest with a dozen misses.
 */
function differenceInterval(a: Share, b: Share): { low: number; high: number } {
  const d = a.share - b.share;
  return {
    low: d - Math.sqrt((a.share - a.low) ** 2 + (b.high - b.share) ** 2),
    high: d + Math.sqrt((a.high - a.share) ** 2 + (b.share - b.low) ** 2),
  };
}

const total = (groups: GroupCounts) => MONK_GROUPS.reduce((sum, g) => sum + groups[g], 0);

/**
 * The misses lean darker when dark skin is clearly more common among them than among the found
 * faces, or light skin clearly less; lighter the other way round; 'mixed' when both ends are
 * clearly over-represented, or both under.
 */
export function detectorMisses(s: PopulationSummary): DetectorMisses {
  const byGroup = s.alignedByGroup;
  const nMissed = total(byGroup);
  const foundGroups = Object.fromEntries(MONK_GROUPS.map((g) => [g, s.skinGroups[g] - byGroup[g]])) as GroupCounts;
  const nFound = total(foundGroups);
  const differences = MONK_GROUPS.map((group): GroupDifference => {
    const missed = wilsonInterval(byGroup[group], nMissed);
    const found = wilsonInterval(foundGroups[group], nFound);
    return { group, missed, found, difference: missed.share - found.share, ...differenceInterval(missed, found) };
  });
  const clearly = (group: MonkGroup, sign: 1 | -1) => {
    const d = differences.find((x) => x.group === group)!;
    return sign > 0 ? d.low > 0 : d.high < 0;
  };
  const darker = clearly('dark', 1) || clearly('light', -1);
  const lighter = clearly('light', 1) || clearly('dark', -1);
  const lean: Lean | null =
    nMissed === 0 || nFound === 0 ? null : darker && lighter ? 'mixed' : darker ? 'darker' : lighter ? 'lighter' : 'none';
  return { missed: s.placedByAligned, measured: s.measured, byGroup, differences, lean };
}

/** A share of misses is often well under 1 %, where whole percents would say 0 %. */
const smallPercent = (p: number) => percentValue(p, p < 0.1 ? 1 : 0);

/** "The face detector missed 12 of 3,000 faces (0.4%); … Among them: light 8, medium 3, dark 1 — no clear lean: …" */
export function describeDetectorMisses(m: DetectorMisses): Message[] {
  if (m.missed === 0) return [message('report.misses.none', { measured: countValue(m.measured) })];
  const head = message('report.misses.missed', {
    missed: countValue(m.missed),
    measured: countValue(m.measured),
    share: smallPercent(m.missed / m.measured),
  });
  if (m.lean === null) return [head];
  const groups = MONK_GROUPS.map((g) => message(`report.misses.group.${g}`, { count: countValue(m.byGroup[g]) }));
  return [head, message('report.misses.among', { groups: listValue(groups), lean: message(`report.misses.lean.${m.lean}`) })];
}
