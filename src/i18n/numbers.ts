/** Numbers and percentages written the way a locale writes them (1,5 % in German, 1.5% in English). */
import type { Locale } from './locales';

const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let made = cache.get(key);
  if (!made) {
    made = new Intl.NumberFormat(locale, options);
    cache.set(key, made);
  }
  return made;
}

/** A number with a fixed count of decimals (0 by default); no thousands separator, so seeds and ids read as typed. */
export function formatNumber(locale: Locale, value: number, decimals = 0, grouping = false): string {
  return formatter(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: grouping }).format(value);
}

/** A fraction (0.42) as a percentage ("42 %" in German, "42%" in English). */
export function formatPercent(locale: Locale, fraction: number, decimals = 0): string {
  return formatter(locale, { style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(fraction);
}

/** A number already written with "." (by core code that fixes its digits) in the locale's decimal separator. */
export function localizeDecimal(locale: Locale, text: string): string {
  const separator =
    formatter(locale, { minimumFractionDigits: 1 })
      .formatToParts(0.5)
      .find((p) => p.type === 'decimal')?.value ?? '.';
  return separator === '.' ? text : text.replace(/(\d)\.(\d)/g, `$1${separator}$2`);
}
