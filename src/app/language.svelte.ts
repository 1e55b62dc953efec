/** The shown language and the link: `lang=` at start and on Back/Forward, and the menu's choice written back. */
import { i18n } from '../i18n/i18n.svelte';
import type { Locale } from '../i18n/locales';
import { session } from './session.svelte';
import { parseUrlState } from './urlState';

/** The link's language, else the browser's; a bad `lang=` is reported with the link's other problems. */
export function followLinkLanguage(search: string, languages: readonly string[]): Promise<void> {
  return i18n.follow(parseUrlState(search).state.lang, languages);
}

/** The menu's choice: shown at once and kept in the link, replacing its entry so Back still leaves the page. */
export function chooseLanguage(locale: Locale): void {
  // The link first: it holds the choice even while the catalogue is on its way.
  void i18n.choose(locale);
  session.edit(() => {}, 'replace', false);
}
