/** What a reader sees or hears in part of the page: visible text nodes and the labels of visible elements. */
import type { Page } from '@playwright/test';
import { ALL_CATALOGUES as CATALOGUES } from '../../src/i18n/allCatalogues';
import type { Locale } from '../../src/i18n/locales';

/** `exclude`: parts whose words are data kept as written (a file's own provenance), not UI. */
export async function visibleTexts(page: Page, selector: string, exclude = '.never'): Promise<string[]> {
  return page.locator(selector).evaluateAll((roots, exclude) => {
    const texts: string[] = [];
    const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim();
        if (text && node.parentElement && shown(node.parentElement) && !node.parentElement.closest(`script,style,${exclude}`))
          texts.push(text);
      }
      for (const el of root.querySelectorAll('[aria-label],[title],[placeholder],[alt]')) {
        if (!shown(el)) continue;
        for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
          const value = el.getAttribute(name)?.trim();
          if (value) texts.push(value);
        }
      }
    }
    return texts;
  }, exclude);
}

/**
 * Names, units and identifiers that stay as they are in every language: the product's name, the
 * model and library names, the backends and file types.
 */
const SAME_IN_EVERY_LANGUAGE = new Set(
  'face explorer progan celeba celeba-hq face-api wasm webgl webgpu cpu simd png csv json gan hd px ms mb itā monk'.split(' '),
);

/** Words of a text, less link parameters ("young=150"): those are identifiers, the same in every language. */
const words = (text: string) =>
  text
    .replace(/[\w-]+=\S*/g, ' ')
    .toLowerCase()
    .match(/\p{L}[\p{L}'’-]*\p{L}/gu) ?? [];

/**
 * English words of the UI that a translation has no use for: every word of the English catalogue
 * with three letters or more, less the words the translation itself uses (Backend, Audit, Worker)
 * and the names kept in every language.
 */
export function englishOnlyWords(locale: Locale): Set<string> {
  const translated = new Set(Object.values(CATALOGUES[locale]).flatMap(words));
  const english = Object.values(CATALOGUES.en).flatMap(words);
  return new Set(english.filter((w) => w.length >= 3 && !translated.has(w) && !SAME_IN_EVERY_LANGUAGE.has(w)));
}

/** The English UI words among the texts, each with the text it was found in. */
export function leftoverEnglish(texts: readonly string[], locale: Locale): string[] {
  const english = englishOnlyWords(locale);
  return texts.flatMap((text) =>
    words(text)
      .filter((w) => english.has(w))
      .map((w) => `${w} (in "${text.slice(0, 80)}")`),
  );
}

/** Texts that look like an untranslated key ("toolbar.play") or an unfilled placeholder ("{seed}"). */
export function rawKeys(texts: readonly string[]): string[] {
  const keys = new Set(Object.keys(CATALOGUES.en));
  return texts.filter((text) => keys.has(text) || /\{\w+\}/.test(text));
}
