import { describe, expect, it } from 'vitest';
import { ALL_CATALOGUES as CATALOGUES } from './allCatalogues';
import { loadCatalogue, translate, translateText, message, type MessageKey } from './catalogue';
import { fill, placeholders } from './format';
import { LOCALES } from './locales';

const english = CATALOGUES.en;
const keys = Object.keys(english).sort() as MessageKey[];

describe('catalogues', () => {
  it.each(LOCALES)('%s has exactly the English keys', (locale) => {
    expect(Object.keys(CATALOGUES[locale]).sort()).toEqual(keys);
  });

  it.each(LOCALES)('%s has the same placeholders in every message', (locale) => {
    const differing = keys.filter((k) => placeholders(CATALOGUES[locale][k]).join() !== placeholders(english[k]).join());
    expect(differing).toEqual([]);
  });

  it.each(LOCALES)('%s has no empty message', (locale) => {
    expect(keys.filter((k) => CATALOGUES[locale][k].trim() === '')).toEqual([]);
  });
});

describe('fill', () => {
  it('puts values in placeholders and leaves unknown ones visible', () => {
    expect(fill('{a} of {b}', { a: 1, b: 'x' })).toBe('1 of x');
    expect(fill('{a} of {b}', { a: 1 })).toBe('1 of {b}');
    expect(placeholders('{b} then {a}')).toEqual(['a', 'b']);
  });
});

describe('translate', () => {
  it('translates messages and joins several into one sentence', async () => {
    expect(translate('de', 'seed.negative', { text: '-3' }), 'English until German is loaded').toBe('-3 is negative');
    await loadCatalogue('de');
    await loadCatalogue('es');
    expect(translate('de', 'seed.negative', { text: '-3' })).toBe('-3 ist negativ');
    expect(translateText('en', [message('link.mode', { value: 'x' }), message('link.insteadModel')])).toBe(
      'Mode "x" in the link is unknown; showing the explorer. Using the default model.',
    );
    expect(translateText('es', 'raw text')).toBe('raw text');
  });
});
