/**
 * A population summary as shares with 95 % intervals, and in plain words: what a teacher reads
 * aloud ("62 % of faces read as female (95 % interval 60–64 %)") and what an audit changed
 * ("With Smiling at 100: light skin (Monk 1–3) 58 % → 71 %").
 */
import { binLabels, AGE_BINS, YAW_BINS, type Bins } from './histogram';
import { MONK_TONES, skinMeasured, type BinnedCounts, type PopulationSummary } from './summary';
import { wilsonInterval, type Share } from './wilson';

export type ShareId = 'female' | 'male' | 'smiling' | 'lightSkin' | 'darkSkin';

export interface NamedShare extends Share {
  id: ShareId;
  /** Inside a sentence: "read as female". */
  phrase: string;
}

/** The headline shares, in the order the panel lists them. */
export function headlineShares(s: PopulationSummary): NamedShare[] {
  const skinN = skinMeasured(s);
  return [
    { id: 'female', phrase: 'read as female', ...wilsonInterval(s.measured - s.male, s.measured) },
    { id: 'male', phrase: 'read as male', ...wilsonInterval(s.male, s.measured) },
    { id: 'smiling', phrase: 'read as smiling', ...wilsonInterval(s.smiling, s.measured) },
    { id: 'lightSkin', phrase: 'have light skin (Monk 1–3)', ...wilsonInterval(s.skinGroups.light, skinN) },
    { id: 'darkSkin', phrase: 'have dark skin (Monk 7–10)', ...wilsonInterval(s.skinGroups.dark, skinN) },
  ];
}

export interface BinShare extends Share {
  label: string;
}

/** One bar per Monk tone, labelled "1" … "10", over the faces with a skin reading. */
export function skinShares(s: PopulationSummary): BinShare[] {
  const n = skinMeasured(s);
  return MONK_TONES.map((tone) => ({ label: String(tone), ...wilsonInterval(s.skin[tone - 1] ?? 0, n) }));
}

function binShares(binned: BinnedCounts, bins: Bins): BinShare[] {
  const total = binned.counts.reduce((a, b) => a + b, 0);
  const labels = binLabels(bins);
  return binned.counts.map((count, i) => ({ label: labels[i]!, ...wilsonInterval(count, total) }));
}

export const ageShares = (s: PopulationSummary): BinShare[] => binShares(s.age, AGE_BINS);
export const yawShares = (s: PopulationSummary): BinShare[] => binShares(s.yaw, YAW_BINS);

export const percent = (p: number): string => (Number.isFinite(p) ? `${Math.round(100 * p)} %` : '–');

/** "62 % (95 % interval 60–64 %)". */
export function shareWithInterval(share: Share): string {
  if (share.n === 0) return 'no faces measured';
  return `${percent(share.share)} (95 % interval ${Math.round(100 * share.low)}–${Math.round(100 * share.high)} %)`;
}

/** The panel's sentences about one population. */
export function describePopulation(s: PopulationSummary): string[] {
  const [female, , smiling, light, dark] = headlineShares(s);
  const age = ageShares(s);
  const commonest = age.reduce((a, b) => (b.count > a.count ? b : a), age[0]!);
  return [
    `${shareWithInterval(female!)} of faces read as female, the rest as male.`,
    `${shareWithInterval(light!)} have light skin (Monk 1–3); ${shareWithInterval(dark!)} dark skin (Monk 7–10).`,
    `${shareWithInterval(smiling!)} read as smiling.`,
    `The commonest apparent age is ${commonest.label} years (${percent(commonest.share)} of faces).`,
    `${s.measured} of ${s.faces} faces were measured; shares are of those (skin shares of the ${skinMeasured(s)} with enough bare skin in frame).`,
  ];
}

export interface ShareChange {
  id: ShareId;
  /** "With Smiling at 100: light skin (Monk 1–3) 58 % → 71 %". */
  text: string;
  /** The two 95 % intervals do not overlap: unlikely to be chance alone. */
  clear: boolean;
}

const SHORT: Record<ShareId, string> = {
  female: 'read as female',
  male: 'read as male',
  smiling: 'read as smiling',
  lightSkin: 'light skin (Monk 1–3)',
  darkSkin: 'dark skin (Monk 7–10)',
};

/** How an audit's shares differ from the default distribution's, one line per headline share. */
export function compareShares(base: PopulationSummary, audit: PopulationSummary, settings: string): ShareChange[] {
  const before = headlineShares(base);
  return headlineShares(audit)
    .filter((a) => a.id !== 'male' && a.n > 0)
    .map((after) => {
      const b = before.find((x) => x.id === after.id)!;
      const clear = after.low > b.high || after.high < b.low;
      return { id: after.id, clear, text: `${settings}: ${SHORT[after.id]} ${percent(b.share)} → ${percent(after.share)}` };
    });
}

const CHART_LABEL: Partial<Record<ShareId, string>> = {
  female: 'female',
  smiling: 'smiling',
  lightSkin: 'Monk 1–3',
  darkSkin: 'Monk 7–10',
};

export interface ChartShares {
  headline: BinShare[];
  skin: BinShare[];
  age: BinShare[];
  yaw: BinShare[];
}

/** Every chart's bars for one population, labelled as the charts show them. */
export function chartShares(s: PopulationSummary): ChartShares {
  const headline = headlineShares(s).flatMap((x) => (CHART_LABEL[x.id] ? [{ ...x, label: CHART_LABEL[x.id]! }] : []));
  return { headline, skin: skinShares(s), age: ageShares(s), yaw: yawShares(s) };
}
