import { describe, expect, it } from 'vitest';
import { loadCatalogue, translate } from './catalogue';
import { count, day, decimal, formatValue, percent } from './values';

describe('values from core code', () => {
  it('writes numbers, percentages and days the locale’s way', () => {
    expect(formatValue('en', count(12000))).toBe('12,000');
    expect(formatValue('de', count(12000))).toBe('12.000');
    expect(formatValue('de', decimal(0.614, 2))).toBe('0,61');
    // No decimals given: the digits the number has.
    expect(formatValue('es', decimal(0.25))).toBe('0,25');
    expect(formatValue('en', percent(0.2))).toBe('20%');
    expect(formatValue('de', percent(0.2))).toBe('20\u00a0%');
    expect(formatValue('en', day('2025-11-27T20:00:00.000Z'))).toBe('27 Nov 2025');
    expect(formatValue('en', day('yesterday'))).toBe('yesterday');
  });

  it('are filled into messages in the shown language', async () => {
    await loadCatalogue('de');
    expect(translate('de', 'engine.notKeptOffline', { why: { key: 'engine.storageFull' }, megabytes: count(1500) })).toBe(
      'Das Gesichtsmodell konnte nicht für die Offline-Nutzung gespeichert werden (der Speicher des Browsers für diese Seite ist voll); online funktioniert es, und offline braucht es etwa 1.500 MB freien Speicher.',
    );
  });
});
