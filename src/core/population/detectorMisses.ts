/**
 * The faces the face detector missed, which the measurer placed in the aligned crop's box
 * instead: how many, their Monk groups, and whether they lean toward lighter or darker skin
 * than the faces the detector found. Before the aligned crop these faces fell out of every
 * share unseen; if the misses lean one way, the shares without them would have leaned the other.
 */
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

/** Every word of the missed-faces sentence, together for translation. */
export const MISSES_WORDS = {
  none: (measured: number) => `The face detector found all ${measured.toLocaleString('en')} faces.`,
  missed: (missed: number, measured: number, share: string) =>
    `The face detector missed ${missed.toLocaleString('en')} of ${measured.toLocaleString('en')} faces (${share}); they were measured in the aligned crop instead.`,
  among: 'Among them:',
  groups: { light: 'light', medium: 'medium', dark: 'dark' } satisfies Record<MonkGroup, string>,
  lean: {
    darker: 'they lean toward darker skin than the faces it found.',
    lighter: 'they lean toward lighter skin than the faces it found.',
    mixed: 'they differ from the faces it found, but not toward lighter or darker skin.',
    none: 'no clear lean: about as among the faces it found.',
  } satisfies Record<Lean, string>,
};

/** A share of misses is often well under 1 %, where whole percents would say 0 %. */
function smallPercent(p: number): string {
  const digits = p < 0.1 ? 1 : 0;
  return `${(100 * p).toFixed(digits)} %`;
}

/** "The face detector missed 12 of 3,000 faces (0.4 %); … Among them: light 8, medium 3, dark 1 — no clear lean: …" */
export function describeDetectorMisses(m: DetectorMisses): string {
  if (m.missed === 0) return MISSES_WORDS.none(m.measured);
  const head = MISSES_WORDS.missed(m.missed, m.measured, smallPercent(m.missed / m.measured));
  if (m.lean === null) return head;
  const groups = MONK_GROUPS.map((g) => `${MISSES_WORDS.groups[g]} ${m.byGroup[g]}`).join(', ');
  return `${head} ${MISSES_WORDS.among} ${groups} — ${MISSES_WORDS.lean[m.lean]}`;
}
