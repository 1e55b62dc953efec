/**
 * Validates the skin reading against the rated set (models/skin-ratings.json) and writes
 * models/skin-validation.json:
 * - agreement with the ratings of the old reading (ITA° of three patches, its categories), of
 *   the nearest swatch by colour, and of the calibrated tone the app reports (out of fold:
 *   each face's tone from a calibration fitted without it, 5 folds, 5 shuffles);
 * - the reported tone's stability under relighting and its recovery of recoloured skin;
 * - the detector's recall, its misses by slider and by rated group, and the cost of a reading.
 * Needs generate-rated-set.ts and measure-rated-set.ts to have run.
 *
 *   tsx scripts/research/skin/validate-skin.ts [--write]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { apparentSkin, nearestMonkTone } from '../../../src/core/measure/apparentSkin';
import { calibratedMonkTone } from '../../../src/core/measure/monkCalibration';
import { monkGroup, type MonkGroup, type MonkTone } from '../../../src/core/measure/monkScale';
import type { Point } from '../../../src/core/measure/landmarks';
import { itaDegrees } from '../../../src/core/measure/skinTone';
import { skinLab, skinPatches } from './oldItaReading';
import { crossValidatedFits } from './calibrationFit';
import { readMeasured, readRatings, ratedSkins, type MeasuredFace } from './litSkin';
import { LIGHTING_EDITS, printedSwatch, recolourSkin, scaleChannels } from './relight';
import { agreement, stableWithinOne } from './skinAgreement';

const { values } = parseArgs({ options: { write: { type: 'boolean', default: false } } });
const TONES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as MonkTone[];
const round = (v: number) => Number(v.toFixed(3));

/** The old reading's ITA° categories, grouped as the issue compared them. */
const oldGroup = (ita: number): MonkGroup => (ita > 41 ? 'light' : ita > 10 ? 'medium' : 'dark');

const skins = ratedSkins();
const perFace = skins.map((s) => {
  const landmarks: Point[] = s.face.landmarks!.map(([x, y]) => ({ x, y }));
  const oldLab = skinLab(s.rgb, 128, 128, skinPatches(landmarks));
  const started = performance.now();
  apparentSkin(s.rgb, 128, 128, s.mask);
  const readMs = performance.now() - started;
  const relit = Object.fromEntries(
    Object.entries(LIGHTING_EDITS).map(([name, gains]) => [
      name,
      apparentSkin(scaleChannels(s.rgb, gains), 128, 128, s.mask)?.monk ?? null,
    ]),
  );
  const printed = TONES.map((tone) => apparentSkin(recolourSkin(s.rgb, s.mask, printedSwatch(tone)), 128, 128, s.mask));
  const recolouredNearest = printed.map((r) => (r ? nearestMonkTone(r.lab) : null));
  return {
    ...s,
    old: { ita: oldLab ? itaDegrees(oldLab) : null, tone: oldLab ? nearestMonkTone(oldLab) : null },
    readMs,
    relit,
    recolouredNearest,
  };
});

// Each tone as these photographs show it: the median lit-skin colour of the faces rated that tone.
const photographed = new Map(
  TONES.flatMap((tone) => {
    const colours = perFace.filter((f) => f.rated === tone).map((f) => f.reading!.rgb);
    if (colours.length < 3) return [];
    const median = [0, 1, 2].map((c) => colours.map((rgb) => rgb[c]!).sort((a, b) => a - b)[colours.length >> 1]!) as [
      number,
      number,
      number,
    ];
    return [[tone, median] as const];
  }),
);
const recolouredPhotographed = perFace.map((f) =>
  [...photographed].map(
    ([tone, colour]) =>
      [tone, apparentSkin(recolourSkin(f.rgb, f.mask, colour), 128, 128, f.mask)?.monk ?? null] as [MonkTone, MonkTone | null],
  ),
);

const samples = perFace.map((f) => ({ lab: f.reading!.lab, rated: f.rated }));
const outOfFold = [0, 1, 2, 3, 4].map((repeat) => {
  const fits = crossValidatedFits(samples, 5, repeat);
  return agreement(perFace.map((f, i) => ({ rated: f.rated, tone: calibratedMonkTone(f.reading!.lab, fits[i]) })));
});
const meanOf = (key: 'group' | 'exact' | 'withinOne') => round(outOfFold.reduce((sum, a) => sum + a[key], 0) / outOfFold.length);

const report = {
  format: 'face-explorer-skin-validation/1',
  ratedFaces: perFace.length,
  ratedDistribution: Object.fromEntries(TONES.map((t) => [t, perFace.filter((f) => f.rated === t).length])),
  agreement: {
    'old: ITA° of three patches (categories grouped very light+light / intermediate+tan / brown+dark; tone = nearest swatch to the patch colour)':
      agreement(perFace.map((f) => ({ rated: f.rated, tone: f.old.tone, group: f.old.ita === null ? null : oldGroup(f.old.ita) }))),
    'lit skin, nearest swatch by colour (uncalibrated)': agreement(
      perFace.map((f) => ({ rated: f.rated, tone: nearestMonkTone(f.reading!.lab) })),
    ),
    'lit skin, calibrated tone (the app), out of fold, first shuffle': outOfFold[0],
    'lit skin, calibrated tone (the app), out of fold, mean of 5 shuffles': {
      group: meanOf('group'),
      exact: meanOf('exact'),
      withinOne: meanOf('withinOne'),
    },
    'lit skin, calibrated tone (the app), in sample (fitted on these faces)': agreement(
      perFace.map((f) => ({ rated: f.rated, tone: f.reading!.monk })),
    ),
  },
  relightingWithinOne: {
    all: round(
      stableWithinOne(perFace.flatMap((f) => Object.values(f.relit).map((tone) => [f.reading!.monk, tone] as [MonkTone, MonkTone | null]))),
    ),
    ...Object.fromEntries(
      Object.keys(LIGHTING_EDITS).map((name) => [
        name,
        round(stableWithinOne(perFace.map((f) => [f.reading!.monk, f.relit[name] ?? null]))),
      ]),
    ),
  },
  recolouringWithinOne: {
    'skin painted in the printed swatch; the lit colour read back, nearest swatch': {
      all: round(
        stableWithinOne(perFace.flatMap((f) => f.recolouredNearest.map((read, k) => [TONES[k]!, read] as [MonkTone, MonkTone | null]))),
      ),
      ...Object.fromEntries(
        TONES.map((tone) => [tone, round(stableWithinOne(perFace.map((f) => [tone, f.recolouredNearest[tone - 1]!])))]),
      ),
    },
    'skin painted in the tone as photographed (median lit colour of the faces rated it); the calibrated tone': {
      colours: Object.fromEntries([...photographed].map(([tone, rgb]) => [tone, rgb])),
      all: round(stableWithinOne(recolouredPhotographed.flat())),
      ...Object.fromEntries(
        [...photographed.keys()].map((tone) => [
          tone,
          round(stableWithinOne(recolouredPhotographed.map((pairs) => pairs.find(([t]) => t === tone)!))),
        ]),
      ),
    },
  },
  ...detection(),
  msPerSkinReading: { median: round(perFace.map((f) => f.readMs).sort((a, b) => a - b)[perFace.length >> 1]!) },
};

function detection() {
  const ratings = readRatings();
  const faces = readMeasured().filter((m) => ratings.has(m.index));
  const recallAt = (score: (m: MeasuredFace) => number, threshold: number) =>
    round(faces.filter((m) => score(m) >= threshold).length / faces.length);
  const tiny = (size: number) => (m: MeasuredFace) => m.tinyScores[String(size)] ?? 0;
  const missed = faces.filter((m) => tiny(256)(m) < 0.3);
  const missesBy = (key: (m: MeasuredFace) => string) => {
    const keys = [...new Set(faces.map(key))];
    return Object.fromEntries(
      keys.map((k) => [k, `${missed.filter((m) => key(m) === k).length}/${faces.filter((m) => key(m) === k).length}`]),
    );
  };
  return {
    detectorRecall: {
      'tiny detector 256 px, score ≥ 0.3 (before)': recallAt(tiny(256), 0.3),
      'tiny detector 256 px, score ≥ 0.1': recallAt(tiny(256), 0.1),
      'tiny detector 160 px, score ≥ 0.3': recallAt(tiny(160), 0.3),
      'tiny detector 416 px, score ≥ 0.3': recallAt(tiny(416), 0.3),
      'tiny detector, best of 160/224/256/320/416 px, score ≥ 0.3': recallAt((m) => Math.max(...Object.values(m.tinyScores)), 0.3),
      'SSD MobileNet v1, score ≥ 0.3': recallAt((m) => m.ssdScore, 0.3),
      'tiny detector 256 px ≥ 0.1, else the aligned crop (after; a face is always placed)': 1,
    },
    detectorMisses: {
      bySlider: missesBy((m) => (m.slider ? `${m.slider.id} ${m.slider.value}` : 'all at 50')),
      byRatedGroup: missesBy((m) => monkGroup(ratings.get(m.index)!)),
    },
    msPerFaceMeasured: { median: [...faces.map((m) => m.msToMeasure)].sort((a, b) => a - b)[faces.length >> 1] },
  };
}

console.log(JSON.stringify(report, null, 1));
if (values.write)
  writeFileSync(resolve(import.meta.dirname, '../../../models/skin-validation.json'), JSON.stringify(report, null, 1) + '\n');
