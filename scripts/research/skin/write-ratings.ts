/**
 * Turns the rater's notes (.cache/skin/ratings.txt: "index tone" per line) into the committed
 * ground truth models/skin-ratings.json, with the plan's seed and slider for each face so the
 * faces can be drawn again from the file alone.
 *
 *   tsx scripts/research/skin/write-ratings.ts [--notes .cache/skin/ratings.txt]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { monkGroup, type MonkTone } from '../../../src/core/measure/monkScale';
import { RATED_SET_SEED_BASE, RATINGS_PATH, SKIN_CACHE_DIR, ratedSetPlan } from './ratedSet';

const { values } = parseArgs({ options: { notes: { type: 'string', default: resolve(SKIN_CACHE_DIR, 'ratings.txt') } } });
const notes = new Map(
  readFileSync(values.notes, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]),
);
const plan = ratedSetPlan();
const missing = plan.filter((f) => !notes.has(f.index));
if (missing.length) throw new Error(`no rating for faces ${missing.map((f) => f.index).join(', ')}`);
for (const [index, tone] of notes)
  if (!(tone >= 1 && tone <= 10 && Number.isInteger(tone)) || !plan[index]) throw new Error(`bad line: ${index} ${tone}`);

const file = {
  format: 'face-explorer-skin-ratings/1',
  method: [
    `${plan.length} fresh faces (seeds ${RATED_SET_SEED_BASE}…${RATED_SET_SEED_BASE + plan.length - 1}, never used by a fit or an evaluation): 140 with every slider at 50 and 13 at each end (0, 100) of Skin tone, Smiling, Young and Male, with the directions of models/directions.json as they were before the skin reading changed (commit 029c7a4).`,
    'Drawn by scripts/research/skin/generate-rated-set.ts; shown by rating-sheets.ts on contact sheets of 24 faces at 256 px, in one fixed shuffled order, numbered only by index, so the rater could not tell which slider made a face; the ten Monk Skin Tone swatches printed under every sheet.',
    'Each face rated by eye to the nearest Monk tone of the skin as it appears in the picture (a face in deep shadow is rated as it looks, not as it might be under other light). One rater: the AI assistant that wrote the new reading, rating all faces before any reading of these faces was computed. Ratings on the Monk scale vary between raters (Schumann et al., arXiv 2305.09073): read within-one-tone agreement as the meaningful figure, and tones 1–3 as hard to tell apart.',
  ],
  ratings: plan.map((face) => ({
    index: face.index,
    seed: face.seed,
    slider: face.slider,
    monk: notes.get(face.index) as MonkTone,
    group: monkGroup(notes.get(face.index) as MonkTone),
  })),
};
writeFileSync(RATINGS_PATH, JSON.stringify(file, null, 1) + '\n');
console.log(`wrote ${RATINGS_PATH}: ${file.ratings.length} ratings`);
