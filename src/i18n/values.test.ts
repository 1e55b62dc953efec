import { describe, expect, it } from 'vitest';
import { loadCatalogue, translate } from './catalogue';
import { countValue, dayValue, figureText, numberValue, percentValue } from './values';

describe('values from core code', () => {
  it('writes numbers, percentages and days the locale’s way', () => {
    expect(figureText('en', countValue(12000))).toBe('12,000');
    expect(figureText('de', countValue(12000))).toBe('12.000');
    expect(figureText('de', numberValue(0.614, 2))).toBe('0,61');
    // No decimals given: the digits the number has.
    expect(figureText('es', numberValue(0.25))).toBe('0,25');
    expect(figureText('en', percentValue(0.2))).toBe('20%');
    expect(figureText('de', percentValue(0.2))).toBe('20\u00a0%');
    expect(figureText('en', dayValue('2025-11-27T20:00:00.000Z'))).toBe('27 Nov 2025');
    expect(figureText('en', dayValue('yesterday'))).toBe('yesterday');
  });

  it('are filled into messages in the shown language', async () => {
    await loadCatalogue('de');
    expect(translate('de', 'engine.notKeptOffline', { why: { key: 'engine.storageFull' }, megabytes: countValue(1500) })).toBe(
      'Das Gesichtsmodell konnte nicht für die Offline-Nutzung gespeichert werden (der Speicher des Browsers für diese Seite ist voll); online funktioniert es, und offline braucht es etwa 1.500 MB freien Speicher.',
    );
  });
});
