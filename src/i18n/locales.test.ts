import { describe, expect, it } from 'vitest';
import { pickLocale } from './locales';

describe('pickLocale', () => {
  it('takes the first browser language spoken here, by its base language', () => {
    expect(pickLocale(['fr-FR', 'de-AT', 'en'])).toBe('de');
    expect(pickLocale(['es-419'])).toBe('es');
    expect(pickLocale(['EN-gb'])).toBe('en');
  });

  it('falls back to English', () => {
    expect(pickLocale(['fr', 'ja'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });
});
