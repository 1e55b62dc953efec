/**
 * A population summary as shares with 95 % intervals, and in words (as messages): what a teacher
 * reads aloud ("62% (95% interval 60%–64%) of faces read as female") and what an audit changed
 * ("With Smiling at 100: light skin (Monk 1–3) 58% → 71%").
 */
import { message, type Message } from '../../i18n/catalogue';
import { countValue, percentValue } from '../../i18n/values';
import { binLabels, AGE_BINS, YAW_BINS, type Bins } from './histogram';
import { MONK_TONES, skinMeasured, type BinnedCounts, type PopulationSummary } from './summary';
import { wilsonInterval, type Share } from './wilson';

export type ShareId = 'female' | 'male' | 'smiling' | 'lightSkin' | 'darkSkin';

export interface NamedShare extends Share {
  id: ShareId;
}

/** The headline shares, in the order the panel lists them. */
export function headlineShares(s: PopulationSummary): NamedShare[] {
  const skinN = skinMeasured(s);
  return [
    { id: 'female', ...wilsonInterval(s.measured - s.male, s.measured) },
    { id: 'male', ...wilsonInterval(s.male, s.measured) },
    { id: 'smiling', ...wilsonInterval(s.smiling, s.measured) },
    { id: 'lightSkin', ...wilsonInterval(s.skinGroups.light, skinN) },
    { id: 'darkSkin', ...wilsonInterval(s.skinGroups.dark, skinN) },
  ];
}

export interface BinShare extends Share {
  /** The bar's category, as the chart shows it. */
  label: Message;
}

/** One bar per Monk tone, labelled "1" … "10", over the faces with a skin reading. */
export function skinShares(s: PopulationSummary): BinShare[] {
  const n = skinMeasured(s);
  return MONK_TONES.map((tone) => ({ label: message('report.bin.tone', { tone }), ...wilsonInterval(s.skin[tone - 1] ?? 0, n) }));
}

function binShares(binned: BinnedCounts, bins: Bins): BinShare[] {
  const total = binned.counts.reduce((a, b) => a + b, 0);
  const labels = binLabels(bins);
  return binned.counts.map((count, i) => ({ label: labels[i]!, ...wilsonInterval(count, total) }));
}

export const ageShares = (s: PopulationSummary): BinShare[] => binShares(s.age, AGE_BINS);
export const yawShares = (s: PopulationSummary): BinShare[] => binShares(s.yaw, YAW_BINS);

/** "62% (95% interval 60%–64%)". */
export function shareWithInterval(share: Share): Message {
  if (share.n === 0) return message('report.share.none');
  return message('report.share.interval', {
    share: percentValue(share.share),
    low: percentValue(share.low),
    high: percentValue(share.high),
  });
}

/** The panel's sentences about one population. */
export function describePopulation(s: PopulationSummary): Message[] {
  const [female, , smiling, light, dark] = headlineShares(s);
  const age = ageShares(s);
  const commonest = age.reduce((a, b) => (b.count > a.count ? b : a), age[0]!);
  return [
    message('report.population.female', { share: shareWithInterval(female!) }),
    message('report.population.skin', { light: shareWithInterval(light!), dark: shareWithInterval(dark!) }),
    message('report.population.smiling', { share: shareWithInterval(smiling!) }),
    message('report.population.age', { bin: commonest.label, share: percentValue(commonest.share) }),
    message('report.population.measured', {
      measured: countValue(s.measured),
      faces: countValue(s.faces),
      skin: countValue(skinMeasured(s)),
    }),
  ];
}

export interface ShareChange {
  id: ShareId;
  /** "With Smiling at 100: light skin (Monk 1–3) 58% → 71%". */
  text: Message;
  /** The two 95 % intervals do not overlap: unlikely to be chance alone. */
  clear: boolean;
}

/** How an audit's shares differ from the default distribution's, one line per headline share. */
export function compareShares(base: PopulationSummary, audit: PopulationSummary, settings: Message): ShareChange[] {
  const before = headlineShares(base);
  return headlineShares(audit)
    .filter((a) => a.id !== 'male' && a.n > 0)
    .map((after) => {
      const b = before.find((x) => x.id === after.id)!;
      const clear = after.low > b.high || after.high < b.low;
      const text = message('report.audit.change', {
        settings,
        share: message(`report.share.${after.id}`),
        before: percentValue(b.share),
        after: percentValue(after.share),
      });
      return { id: after.id, clear, text };
    });
}

/** The headline chart's bars: read as male is the rest of read as female, so it has no bar. */
type ChartedId = Exclude<ShareId, 'male'>;

/** A headline share's category in the charts ("female", "Monk 1–3"). */
export const chartLabel = (id: ChartedId): Message => message(`report.chart.${id}`);

export interface ChartShares {
  headline: BinShare[];
  skin: BinShare[];
  age: BinShare[];
  yaw: BinShare[];
}

/** Every chart's bars for one population, labelled as the charts show them. */
export function chartShares(s: PopulationSummary): ChartShares {
  const headline = headlineShares(s).flatMap((x) => (x.id === 'male' ? [] : [{ ...x, label: chartLabel(x.id) }]));
  return { headline, skin: skinShares(s), age: ageShares(s), yaw: yawShares(s) };
}
