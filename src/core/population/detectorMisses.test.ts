import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, translateText, type Text } from '../../i18n/catalogue';
import type { MonkTone } from '../measure/monkScale';
import { describeDetectorMisses, detectorMisses } from './detectorMisses';
import { summarizeReadings, type FaceReading } from './summary';

const face = (monk: MonkTone | null, placedBy: FaceReading['placedBy'] = 'detector'): FaceReading => ({
  found: true,
  age: 30,
  pMale: 0.5,
  expressions: { happy: 0.5 },
  skin: monk === null ? null : { monk },
  yaw: 0,
  placedBy,
});
const many = (n: number, monk: MonkTone | null, placedBy: FaceReading['placedBy'] = 'detector') =>
  Array.from({ length: n }, () => face(monk, placedBy));

/** 3000 faces found in the proportions light 60 %, medium 30 %, dark 10 %, plus the given misses. */
const population = (...missed: FaceReading[][]) =>
  summarizeReadings([...many(1800, 2), ...many(900, 5), ...many(300, 8), ...missed.flat()]);

const english = (text: Text) => translateText('en', text);

describe('detectorMisses', () => {
  beforeAll(() => loadCatalogue('de'));

  it('says the detector found every face when it missed none', () => {
    const m = detectorMisses(population());
    expect(m).toMatchObject({ missed: 0, measured: 3000, lean: null });
    expect(describeDetectorMisses(m)).toEqual([{ key: 'report.misses.none', params: { measured: { count: 3000 } } }]);
    expect(english(describeDetectorMisses(m))).toBe('The face detector found all 3,000 faces.');
    expect(translateText('de', describeDetectorMisses(m))).toBe('Der Gesichtsdetektor hat alle 3.000 Gesichter gefunden.');
  });

  it('sees no lean in misses that look like the faces it found', () => {
    const m = detectorMisses(population(many(7, 2, 'aligned'), many(4, 5, 'aligned'), many(1, 9, 'aligned')));
    expect(m.lean).toBe('none');
    expect(m.byGroup).toEqual({ light: 7, medium: 4, dark: 1 });
    const words = describeDetectorMisses(m);
    expect(words.map((w) => w.key)).toEqual(['report.misses.missed', 'report.misses.among']);
    // A share under 10 % keeps one decimal, so a handful of misses does not read as 0 %.
    expect(words[0]!.params).toMatchObject({ missed: { count: 12 }, measured: { count: 3012 }, share: { decimals: 1 } });
    expect(words[1]!.params!.lean).toEqual({ key: 'report.misses.lean.none' });
    expect(english(words)).toBe(
      'The face detector missed 12 of 3,012 faces (0.4%); they were measured in the aligned crop instead. ' +
        'Among them: light 7, medium 4, dark 1 — no clear lean: about as among the faces it found.',
    );
    expect(translateText('de', words)).toBe(
      'Der Gesichtsdetektor hat 12 von 3.012 Gesichtern übersehen (0,4\u00a0%); sie wurden stattdessen im ausgerichteten Ausschnitt gemessen. ' +
        'Darunter: hell 7, mittel 4, dunkel 1 — keine klare Neigung: etwa wie bei den gefundenen Gesichtern.',
    );
  });

  it('says the misses lean darker when dark skin is clearly more common among them', () => {
    const m = detectorMisses(population(many(3, 1, 'aligned'), many(3, 6, 'aligned'), many(14, 10, 'aligned')));
    const dark = m.differences.find((d) => d.group === 'dark')!;
    expect(dark.difference).toBeCloseTo(0.7 - 0.1);
    expect(dark.low).toBeGreaterThan(0);
    expect(m.lean).toBe('darker');
    expect(english(describeDetectorMisses(m))).toMatch(
      /Among them: light 3, medium 3, dark 14 — they lean toward darker skin than the faces it found\.$/,
    );
  });

  it('says the misses lean lighter when they are nearly all light', () => {
    expect(detectorMisses(population(many(60, 1, 'aligned'))).lean).toBe('lighter');
  });

  it('does not call a lean on a handful of misses', () => {
    // One dark miss of two is 50 % against 10 %, but two faces cannot tell that from chance.
    const m = detectorMisses(population(many(1, 9, 'aligned'), many(1, 2, 'aligned')));
    expect(m.lean).toBe('none');
  });

  it('calls misses heavy in the middle, at both ends’ expense, mixed', () => {
    expect(detectorMisses(population(many(80, 5, 'aligned'))).lean).toBe('mixed');
  });

  it('gives only the count when no missed face had enough bare skin to read', () => {
    const m = detectorMisses(population(many(2, null, 'aligned')));
    expect(m.lean).toBeNull();
    expect(describeDetectorMisses(m)).toHaveLength(1);
    expect(english(describeDetectorMisses(m))).toBe(
      'The face detector missed 2 of 3,002 faces (0.1%); they were measured in the aligned crop instead.',
    );
  });
});
