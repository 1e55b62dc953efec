import { describe, expect, it } from 'vitest';
import { chartShares, compareShares, describePopulation, headlineShares, shareWithInterval } from './shares';
import { summarizeReadings, type FaceReading } from './summary';

const faces = (n: number, over: (i: number) => Partial<FaceReading>): FaceReading[] =>
  Array.from({ length: n }, (_, i) => ({
    found: true,
    age: 25,
    pMale: 0.1,
    expressions: { happy: 0.1 },
    ita: 50,
    yaw: 0,
    detectionScore: 0.9,
    ...over(i),
  }));

describe('shares in words', () => {
  it('says what share reads as female, with its interval', () => {
    const s = summarizeReadings(faces(100, (i) => ({ pMale: i < 38 ? 0.9 : 0.1 })));
    const female = headlineShares(s).find((x) => x.id === 'female')!;
    expect(female.share).toBeCloseTo(0.62);
    expect(shareWithInterval(female)).toBe('62 % (95 % interval 52–71 %)');
    expect(describePopulation(s)[0]).toBe('62 % (95 % interval 52–71 %) of faces read as female, the rest as male.');
  });

  it('groups the skin categories as the panel speaks of them, over faces with a skin patch', () => {
    const s = summarizeReadings(faces(10, (i) => ({ ita: i < 2 ? null : i < 3 ? 0 : 60 })));
    const byId = Object.fromEntries(headlineShares(s).map((x) => [x.id, x]));
    expect(byId.darkSkin!.n).toBe(8);
    expect(byId.darkSkin!.count).toBe(1);
    expect(byId.lightSkin!.count).toBe(7);
  });

  it('words an audit against the default and says when the intervals part', () => {
    const base = summarizeReadings(faces(1000, (i) => ({ ita: i < 580 ? 50 : 30 })));
    const audit = summarizeReadings(faces(200, (i) => ({ ita: i < 142 ? 50 : 30, expressions: { happy: 0.9 } })));
    const changes = compareShares(base, audit, 'With Smiling at 100');
    const light = changes.find((c) => c.id === 'lightSkin')!;
    expect(light.text).toBe('With Smiling at 100: light or very light skin 58 % → 71 %');
    expect(light.clear).toBe(true);
    expect(changes.find((c) => c.id === 'female')!.clear).toBe(false);
  });
});

describe('chartShares', () => {
  it('gives every chart one bar per category, the skin bars over faces with a skin patch', () => {
    const s = summarizeReadings(faces(4, (i) => ({ ita: i === 0 ? null : 60, age: 20 + 10 * i })));
    const charts = chartShares(s);
    expect(charts.headline.map((x) => x.label)).toEqual(['female', 'smiling', 'light, very light', 'brown, dark']);
    expect(charts.skin).toHaveLength(6);
    expect(charts.skin[0]).toMatchObject({ label: 'very light', count: 3, n: 3 });
    expect(charts.age.map((x) => x.count)).toEqual([0, 0, 1, 1, 1, 1, 0, 0]);
    expect(charts.yaw).toHaveLength(8);
  });
});
