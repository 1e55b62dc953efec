/**
 * Fixed-bin histograms of a reading. Bins are given by their lower bounds; the first bin also
 * takes everything below its bound and the last is open upwards, so every finite value lands
 * in exactly one bin and a value on a bound belongs to the bin that starts there.
 */
import { message, type Message } from '../../i18n/catalogue';

export interface Bins {
  /** Ascending lower bounds, one per bin. */
  lower: readonly number[];
  unit: string;
  /** Whole units (an age of 19.6 is "19"): bins read "10–19"; else "−10 to 0" with the upper bound excluded. */
  whole: boolean;
}

export const AGE_BINS: Bins = { lower: [0, 10, 20, 30, 40, 50, 60, 70], unit: 'years', whole: true };
/** Head yaw in degrees; most generated faces look within ±20° of the camera. */
export const YAW_BINS: Bins = { lower: [-40, -30, -20, -10, 0, 10, 20, 30], unit: '°', whole: false };

export function binIndex(value: number, bins: Bins): number {
  if (!Number.isFinite(value)) throw new Error(`cannot bin ${value}`);
  let index = 0;
  for (let i = 1; i < bins.lower.length; i++) if (value >= bins.lower[i]!) index = i;
  return index;
}

/** Counts per bin of the finite values. */
export function histogram(values: Iterable<number>, bins: Bins): number[] {
  const counts = bins.lower.map(() => 0);
  for (const v of values) if (Number.isFinite(v)) counts[binIndex(v, bins)]!++;
  return counts;
}

const signed = (v: number) => (v < 0 ? `−${-v}` : String(v));

/** "< 10", "10–19", …, "70+" for whole units; "< −30", "−30 to −20", …, "≥ 30" otherwise (as messages). */
export function binLabels(bins: Bins): Message[] {
  const { lower, whole } = bins;
  return lower.map((low, i) => {
    if (i === 0) return message('report.bin.below', { bound: signed(lower[1] ?? low) });
    if (i === lower.length - 1) return message(whole ? 'report.bin.andOver' : 'report.bin.atLeast', { bound: signed(low) });
    const next = lower[i + 1]!;
    return whole
      ? message('report.bin.whole', { low: signed(low), high: signed(next - 1) })
      : message('report.bin.range', { low: signed(low), high: signed(next) });
  });
}
