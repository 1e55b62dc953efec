/**
 * Who the model draws by default: summarizes the fit's face labels (label-faces.ts) into
 * models/population.json with the same code the app's audit uses (src/core/population), so the
 * panel's default distribution and an audit in the browser compare like with like. Counts and
 * bins only, never a row per face; provenance says which seeds, classifier and script.
 *
 *   tsx scripts/fit/summarize-population.ts [--n 3000] [--out models/population.json] [--allow-partial]
 *
 * Uses the labels of faces 0 … n−1 (seeds FIT_SEED_BASE + i). Refuses to write the default
 * output from fewer than --n labelled faces without --allow-partial.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { translateText } from '../../src/i18n/catalogue';
import { POPULATION_FORMAT, validatePopulation, type PopulationFile } from '../../src/core/population/populationFile';
import { describePopulation } from '../../src/core/population/shares';
import { MIN_DETECTION_SCORE, summarizeReadings } from '../../src/core/population/summary';
import { FACES_PER_CHUNK, FIT_SEED_BASE } from './config';
import { LABELS_DIR, finishedChunks, readChunkLabels } from './labels';

const REPO = resolve(import.meta.dirname, '../..');
const DEFAULT_OUT = resolve(REPO, 'models/population.json');
const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '3000' },
    out: { type: 'string', default: DEFAULT_OUT },
    'allow-partial': { type: 'boolean', default: false },
  },
});
const n = Number(values.n);
const out = resolve(values.out);

const files = finishedChunks(LABELS_DIR, 'json')
  .filter((c) => c < Math.ceil(n / FACES_PER_CHUNK))
  .map(readChunkLabels);
const measurer = JSON.stringify(files[0]?.measurer);
const mixed = files.find((f) => JSON.stringify(f.measurer) !== measurer || f.fitSeedBase !== FIT_SEED_BASE);
if (mixed) throw new Error(`chunk ${mixed.chunk} was labelled with other settings; relabel with label-faces.ts --force`);
const faces = files.flatMap((f) => f.faces).filter((f) => f.index < n);
if (faces.length < n && out === DEFAULT_OUT && !values['allow-partial']) {
  throw new Error(`only ${faces.length} of ${n} faces are labelled; write elsewhere with --out or pass --allow-partial`);
}

const summary = summarizeReadings(faces);
const packages = files[0]?.packages ?? {};
const population: PopulationFile = {
  format: POPULATION_FORMAT,
  summary,
  provenance: {
    fitSeedBase: FIT_SEED_BASE,
    n: faces.length,
    classifier: `face-api ${packages['@vladmandic/face-api'] ?? '?'} (tiny face detector at score ≥ ${MIN_DETECTION_SCORE}, else the aligned crop; age-gender and expression nets, 68 landmarks; apparent skin colour on the Monk scale and yaw from the landmarks)`,
    packages,
    date: new Date().toISOString(),
    script: 'scripts/fit/summarize-population.ts',
  },
};
const check = validatePopulation(population);
if (!check.ok) throw new Error(`the summary does not validate: ${translateText('en', check.reason)}`);
writeFileSync(`${out}.tmp`, JSON.stringify(population, null, 1) + '\n');
renameSync(`${out}.tmp`, out);
console.log(
  `${relative(REPO, out)}: ${faces.length} faces, ${summary.measured} measured, ${summary.placedByAligned} of them placed by the aligned crop`,
);
for (const line of describePopulation(summary)) console.log(`  ${translateText('en', line)}`);
