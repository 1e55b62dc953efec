/**
 * Values inside a message that each language writes its own way. Core code keeps the figure, not
 * its English text: a share is "62%" in English and "62 %" in German, a count "3,000" or
 * "3.000", a list "A, B, and C" or "A, B und C". Plain TypeScript, so core modules and tests use it.
 */
import type { Message } from './catalogue';
import type { Locale } from './locales';
import { formatNumber, formatPercent, localizeDecimal } from './numbers';

/** A fraction shown as a percentage; not a finite number (no faces) shows as "–". */
export interface PercentValue {
  percent: number;
  decimals: number;
}
/** A number with `decimals` fixed (none: the digits it has); `grouping` for thousands. */
export interface NumberValue {
  number: number;
  decimals?: number;
  grouping?: boolean;
}
/** An ISO date, written as a day ("27 Nov 2025", "27. Nov. 2025"); one that cannot be read stays as written. */
export interface DayValue {
  date: string;
}
/** A whole count, grouped by thousands. */
export interface CountValue {
  count: number;
}
/** A number core code already wrote with "." and its sign ("+0.60", "−9"): only the separator changes. */
export interface DecimalValue {
  decimal: string;
}
/**
 * A slider attribute: English shows the directions file's own label, other languages their
 * `attribute.<id>` message (as src/i18n/labels.svelte.ts does for the sliders).
 */
export interface AttributeValue {
  attribute: string;
  label: string;
}
/** Messages joined into one phrase: "and" joins as the language does ("A, B und C"). */
export interface ListValue {
  list: readonly Message[];
  join: 'and' | ', ' | '; ';
}

export type Figure = PercentValue | CountValue | DecimalValue | NumberValue | DayValue;
export type Value = Figure | AttributeValue | ListValue;

export const percentValue = (fraction: number, decimals = 0): PercentValue => ({ percent: fraction, decimals });
export const countValue = (count: number): CountValue => ({ count });
export const decimalValue = (text: string): DecimalValue => ({ decimal: text });
export const numberValue = (value: number, decimals?: number): NumberValue =>
  decimals === undefined ? { number: value } : { number: value, decimals };
export const dayValue = (iso: string): DayValue => ({ date: iso });
export const attributeValue = (attribute: { id: string; label: string }): AttributeValue => ({
  attribute: attribute.id,
  label: attribute.label,
});
export const listValue = (list: readonly Message[], join: ListValue['join'] = ', '): ListValue => ({ list, join });

/** A day in the locale's words; a date that cannot be read stays as written. */
export function formatDay(locale: Locale, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const tag = locale === 'en' ? 'en-GB' : locale;
  return date.toLocaleDateString(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** A figure (percent, count, number, day or decimal) in the locale's writing. */
export function figureText(locale: Locale, value: Figure): string {
  if ('percent' in value) return Number.isFinite(value.percent) ? formatPercent(locale, value.percent, value.decimals) : '–';
  if ('count' in value) return formatNumber(locale, value.count, 0, true);
  if ('date' in value) return formatDay(locale, value.date);
  if ('number' in value)
    return value.decimals === undefined && !value.grouping
      ? localizeDecimal(locale, String(value.number))
      : formatNumber(locale, value.number, value.decimals, value.grouping);
  return localizeDecimal(locale, value.decimal);
}

const listFormats = new Map<Locale, Intl.ListFormat>();

/** Items joined the way the locale writes a list. */
export function joinText(locale: Locale, items: readonly string[], join: ListValue['join']): string {
  if (join !== 'and') return items.join(join);
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(locale, { type: 'conjunction' })));
  return format.format(items);
}
