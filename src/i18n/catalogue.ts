/**
 * The message catalogues: one per locale, with the same keys. English is the reference: its keys
 * are the type `MessageKey`, and every other catalogue is a `Catalogue`, so a missing or extra key
 * is a type error. Plain TypeScript: core modules return `Message`s and views translate them.
 *
 * English is in the main bundle (the fallback, and most readers' language); the others are
 * fetched when asked for, so no reader downloads languages they do not read.
 */
import { en } from './en';
import { fill } from './format';
import type { Locale } from './locales';
import { formatValue, type Value } from './values';

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;
/**
 * A placeholder's value; a message in it (a reason inside a sentence) is translated too, and a
 * `Value` (a number or date from core code, src/i18n/values.ts) is written the locale's way.
 */
export type Params = Record<string, string | number | Message | Value>;

export const ENGLISH: Catalogue = en;

const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<Catalogue>> = {
  es: () => import('./es').then((m) => m.es),
  de: () => import('./de').then((m) => m.de),
};

const loaded: Partial<Record<Locale, Catalogue>> = { en };

/** Fetches a locale's catalogue once; until it is here, its messages are English. */
export async function loadCatalogue(locale: Locale): Promise<void> {
  if (locale === 'en' || loaded[locale]) return;
  loaded[locale] = await LOADERS[locale]();
}

export function isMessageKey(key: string): key is MessageKey {
  return key in en;
}

/** A message to show later, in whatever language is shown then. */
export interface Message {
  key: MessageKey;
  params?: Params;
}

export function message(key: MessageKey, params?: Params): Message {
  return params ? { key, params } : { key };
}

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const filled: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {}))
    filled[name] =
      typeof value !== 'object' ? value : 'key' in value ? translate(locale, value.key, value.params) : formatValue(locale, value);
  return fill((loaded[locale] ?? en)[key], filled);
}

/** What a notice or a problem holds: a message, several shown as one sentence, or text from elsewhere (a browser's error). */
export type Text = string | Message | readonly Message[];

export function translateText(locale: Locale, text: Text): string {
  if (typeof text === 'string') return text;
  if ('key' in text) return translate(locale, text.key, text.params);
  return text.map((m) => translate(locale, m.key, m.params)).join(' ');
}
