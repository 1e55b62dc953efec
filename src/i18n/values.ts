/**
 * Numbers and dates that core code puts in a message. Core code has no locale, so it hands over
 * the value and how to write it; the message is written in the shown language when translated.
 * Plain objects, so they cross the worker boundary with the message.
 */
import type { Locale } from './locales';
import { formatNumber, formatPercent, localizeDecimal } from './numbers';

export type Value =
  /** `decimals` fixed; none: the digits as the number has them. `grouping` for counts (12,000). */
  | { number: number; decimals?: number; grouping?: boolean }
  | { percent: number; decimals?: number }
  /** An ISO date, written as a day ("27 Nov 2025", "27. Nov. 2025"). */
  | { date: string };

export const count = (value: number): Value => ({ number: value, grouping: true });
export const decimal = (value: number, decimals?: number): Value =>
  decimals === undefined ? { number: value } : { number: value, decimals };
export const percent = (fraction: number): Value => ({ percent: fraction });
export const day = (iso: string): Value => ({ date: iso });

/** A date as a day in the locale's words; a date that cannot be read stays as written. */
export function formatDay(locale: Locale, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const tag = locale === 'en' ? 'en-GB' : locale;
  return date.toLocaleDateString(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export function formatValue(locale: Locale, value: Value): string {
  if ('date' in value) return formatDay(locale, value.date);
  if ('percent' in value) return formatPercent(locale, value.percent, value.decimals);
  if (value.decimals === undefined && !value.grouping) return localizeDecimal(locale, String(value.number));
  return formatNumber(locale, value.number, value.decimals, value.grouping);
}
