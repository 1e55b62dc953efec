/**
 * The shown language: the link's `lang=`, else the browser's (navigator.languages), else English.
 * `t()` reads the locale, so markup and deriveds that call it follow a switch.
 */
import { loadCatalogue, translate, translateText, type MessageKey, type Params, type Text } from './catalogue';
import { DEFAULT_LOCALE, pickLocale, type Locale } from './locales';
import { formatNumber, formatPercent } from './numbers';

class I18n {
  locale = $state<Locale>(DEFAULT_LOCALE);
  /** The language the link carries: only one the link named or the reader chose, so a shared link is not pinned to the sharer's browser. */
  linkLang = $state<Locale | null>(null);

  /** At start and on Back/Forward: the link's language, or the browser's. */
  follow(linkLang: Locale | null, languages: readonly string[]): Promise<void> {
    this.linkLang = linkLang;
    return this.show(linkLang ?? pickLocale(languages));
  }

  /** The reader picked a language in the menu: it goes into the link too. */
  choose(locale: Locale): Promise<void> {
    this.linkLang = locale;
    return this.show(locale);
  }

  /** Shown once its catalogue is here, so no message flickers through English. */
  private async show(locale: Locale): Promise<void> {
    try {
      await loadCatalogue(locale);
    } catch {
      // Offline before the site was kept, or a failed fetch: the page still works, in English.
      locale = DEFAULT_LOCALE;
    }
    this.locale = locale;
    if (typeof document !== 'undefined') document.documentElement.lang = locale;
  }
}

export const i18n = new I18n();

export function t(key: MessageKey, params?: Params): string {
  return translate(i18n.locale, key, params);
}

export function tx(text: Text): string {
  return translateText(i18n.locale, text);
}

/** A number in the shown language, with `decimals` decimals; `grouping` for counts (12,000), not for seeds. */
export function num(value: number, decimals = 0, grouping = false): string {
  return formatNumber(i18n.locale, value, decimals, grouping);
}

/** A fraction (0.42) as a percentage in the shown language. */
export function pct(fraction: number, decimals = 0): string {
  return formatPercent(i18n.locale, fraction, decimals);
}

const MARK = '\u0000';

/** A sentence split around one placeholder, for a value marked up inside it (<strong>, <code>). */
export function around(key: MessageKey, name: string, params: Params = {}): [string, string] {
  const [before = '', after = ''] = t(key, { ...params, [name]: MARK }).split(MARK);
  return [before, after];
}
