/** Every catalogue at once, for tests that compare them (the app loads them one at a time: catalogue.ts). */
import type { Catalogue } from './catalogue';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import type { Locale } from './locales';

export const ALL_CATALOGUES: Record<Locale, Catalogue> = { en, es, de };
