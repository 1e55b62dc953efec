import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, message, translateText, type Text } from '../../i18n/catalogue';
import type { MonkTone } from '../measure/monkScale';
import { chartShares, compareShares, describePopulation, headlineShares, shareWithInterval } from './shares';
import { summarizeReadings, type FaceReading } from './summary';

const faces = (n: number, over: (i: number) => Partial<FaceReading>): FaceReading[] =>
  Array.from({ length: n }, (_, i) => ({
    found: true,
    age: 25,
    pMale: 0.1,
    expressions: { happy: 0.1 },
    skin: { monk: 2 },
    yaw: 0,
    placedBy: 'detector',
    ...over(i),
  }));
const monk = (tone: MonkTone) => ({ skin: { monk: tone } });
const english = (text: Text) => translateText('en', text);

describe('shares in words', () => {
  beforeAll(() => Promise.all([loadCatalogue('es'), loadCatalogue('de')]));

  it('says what share reads as female, with its interval', () => {
    const s = summarizeReadings(faces(100, (i) => ({ pMale: i < 38 ? 0.9 : 0.1 })));
    const female = headlineShares(s).find((x) => x.id === 'female')!;
    expect(female.share).toBeCloseTo(0.62);
    expect(shareWithInterval(female)).toEqual({
      key: 'report.share.interval',
      params: {
        share: { percent: female.share, decimals: 0 },
        low: { percent: female.low, decimals: 0 },
        high: { percent: female.high, decimals: 0 },
      },
    });
    expect(english(shareWithInterval(female))).toBe('62% (95% interval 52%–71%)');
    expect(shareWithInterval({ count: 0, n: 0, share: NaN, low: 0, high: 1 })).toEqual({ key: 'report.share.none' });
    const first = describePopulation(s)[0]!;
    expect(first.key).toBe('report.population.female');
    expect(english(first)).toBe('62% (95% interval 52%–71%) of faces read as female, the rest as male.');
    // German writes a no-break space before the per cent sign.
    expect(translateText('de', first)).toBe(
      '62 % (95-%-Intervall 52 %–71 %) der Gesichter werden als weiblich gelesen, der Rest als männlich.'.replace(/ %/g, '\u00a0%'),
    );
  });

  it('groups the Monk tones as the panel speaks of them, over faces with a skin reading', () => {
    const s = summarizeReadings(faces(10, (i) => (i < 2 ? { skin: null } : i < 3 ? monk(8) : i < 4 ? monk(5) : monk(3))));
    const byId = Object.fromEntries(headlineShares(s).map((x) => [x.id, x]));
    expect(byId.darkSkin!.n).toBe(8);
    expect(byId.darkSkin!.count).toBe(1);
    expect(byId.lightSkin!.count).toBe(6);
    const lines = describePopulation(s);
    expect(lines.map((l) => l.key)).toEqual([
      'report.population.female',
      'report.population.skin',
      'report.population.smiling',
      'report.population.age',
      'report.population.measured',
    ]);
    expect(english(lines[1]!)).toMatch(/^75% \(95% interval \d+%–\d+%\) have light skin \(Monk 1–3\); 13% .* dark skin \(Monk 7–10\)\.$/);
    expect(lines[4]!.params).toEqual({ measured: { count: 10 }, faces: { count: 10 }, skin: { count: 8 } });
    expect(english(lines[4]!)).toBe(
      '10 of 10 faces were measured; shares are of those (skin shares of the 8 with enough bare skin in frame).',
    );
    expect(english(lines[3]!)).toBe('The commonest apparent age is 20–29 years (100% of faces).');
    expect(translateText('es', lines[3]!)).toBe('La edad aparente más frecuente es de 20–29 años (100\u00a0% de las caras).');
  });

  it('words an audit against the default and says when the intervals part', () => {
    const base = summarizeReadings(faces(1000, (i) => (i < 580 ? monk(2) : monk(6))));
    const audit = summarizeReadings(faces(200, (i) => ({ ...(i < 142 ? monk(2) : monk(6)), expressions: { happy: 0.9 } })));
    const settings = message('report.settings.default');
    const changes = compareShares(base, audit, settings);
    const light = changes.find((c) => c.id === 'lightSkin')!;
    expect(light.text).toMatchObject({ key: 'report.audit.change', params: { settings, share: { key: 'report.share.lightSkin' } } });
    expect(english(light.text)).toBe('At the default sliders: light skin (Monk 1–3) 58% → 71%');
    expect(translateText('de', light.text)).toBe('Mit den Reglern in Grundstellung: helle Haut (Monk 1–3) 58\u00a0% → 71\u00a0%');
    expect(light.clear).toBe(true);
    expect(changes.find((c) => c.id === 'female')!.clear).toBe(false);
  });
});

describe('chartShares', () => {
  it('gives every chart one bar per category, the skin bars one per Monk tone over faces with a skin reading', () => {
    const s = summarizeReadings(faces(4, (i) => ({ ...(i === 0 ? { skin: null } : monk(1)), age: 20 + 10 * i })));
    const charts = chartShares(s);
    expect(charts.headline.map((x) => x.label.key)).toEqual([
      'report.chart.female',
      'report.chart.smiling',
      'report.chart.lightSkin',
      'report.chart.darkSkin',
    ]);
    expect(charts.headline.map((x) => english(x.label))).toEqual(['female', 'smiling', 'Monk 1–3', 'Monk 7–10']);
    expect(charts.headline.map((x) => translateText('es', x.label))).toEqual(['mujer', 'sonriente', 'Monk 1–3', 'Monk 7–10']);
    expect(charts.skin.map((x) => english(x.label))).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(charts.skin[0]).toMatchObject({ label: { params: { tone: 1 } }, count: 3, n: 3 });
    expect(charts.age.map((x) => x.count)).toEqual([0, 0, 1, 1, 1, 1, 0, 0]);
    expect(charts.yaw).toHaveLength(8);
  });
});
