/**
 * "Judged twice": draws held-out faces (app seeds; the fit used seeds from FIT_SEED_BASE) at the
 * ends of Smiling and Young as they are, with Male locked by projection, with the lock held per
 * face, and with Keep identity, and has face-api and @vladmandic/human judge each one. Drawn faces
 * are cached as raw RGB, results append to .cache/eval-identity/results.jsonl, finished cases are
 * skipped, so it can be stopped and rerun. Summarize with summarize-identity.ts.
 *
 *   tsx scripts/fit/evaluate-identity.ts [--seeds 10] [--edits plain,lock,hold,keep]
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { latentForSliders, type SliderAttribute } from '../../src/core/attributes';
import { validateDirections } from '../../src/core/directions';
import { readRgbBytes } from '../../src/core/faceBytes';
import { latentFromSeed } from '../../src/core/latent';
import { toSliderAttribute } from '../../src/app/directionsSource';
import { loadGeneratorFromDisk, useWasmBackend } from '../lib/nodeModel';
import { EDITS, identityCases, type Edit, type IdentityCase } from './identityEvaluationPlan';
import { loadJudges, type Judgement } from './judges';

export const IDENTITY_EVAL_DIR = resolve(import.meta.dirname, '../../.cache/eval-identity');
const FACES_DIR = resolve(IDENTITY_EVAL_DIR, 'faces');
const RESULTS = resolve(IDENTITY_EVAL_DIR, 'results.jsonl');
const SIZE = 128;

export interface IdentityRow extends IdentityCase {
  seed: number;
  judgement: Judgement;
  /** For held locks: faces drawn and measured by the correction, and whether it held. */
  hold?: { measures: number; held: boolean; residual: number | null };
}

const { values } = parseArgs({
  options: {
    directions: { type: 'string', default: resolve(import.meta.dirname, '../../models/directions.json') },
    seeds: { type: 'string', default: '10' },
    edits: { type: 'string', default: EDITS.join(',') },
  },
});
const edits = values.edits.split(',') as Edit[];
const seeds = Array.from({ length: Number(values.seeds) }, (_, i) => i);

await useWasmBackend();
const generator = await loadGeneratorFromDisk('float32');
const checked = validateDirections(JSON.parse(readFileSync(values.directions, 'utf8')), generator.latentSize);
if (!checked.ok) throw new Error(checked.reason);
const attributes: SliderAttribute[] = checked.directions.attributes.map(toSliderAttribute);
const judges = await loadJudges();
mkdirSync(FACES_DIR, { recursive: true });

const rows: IdentityRow[] = existsSync(RESULTS)
  ? readFileSync(RESULTS, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as IdentityRow)
  : [];
const done = new Set(rows.map((r) => `${r.key}#${r.seed}`));

async function draw(latent: Float32Array): Promise<Uint8Array> {
  const image = generator.generateFrom([latent]);
  const [rgb] = await readRgbBytes(image);
  image.dispose();
  return rgb!;
}

/** The drawn face of a case, from the cache when an earlier run drew it. */
async function cachedFace(key: string, seed: number, latent: () => Promise<Float32Array>): Promise<Uint8Array> {
  const path = resolve(FACES_DIR, `${encodeURIComponent(key)}#${seed}.rgb`);
  if (existsSync(path)) return new Uint8Array(readFileSync(path));
  const rgb = await draw(await latent());
  writeFileSync(path, rgb);
  return rgb;
}

function latentFor(c: IdentityCase, seed: number): Float32Array {
  const sliders = c.attribute ? { [c.attribute]: c.slider } : {};
  return latentForSliders(latentFromSeed(seed), attributes, sliders, new Set(c.edit === 'plain' ? [] : c.locks));
}

const cases = identityCases(edits);
const started = performance.now();
let judged = 0;
for (const seed of seeds) {
  for (const c of cases) {
    if (done.has(`${c.key}#${seed}`)) continue;
    if (c.edit === 'hold' || c.edit === 'keep') continue; // added with their modules
    const rgb = await cachedFace(c.key, seed, async () => latentFor(c, seed));
    const row: IdentityRow = { ...c, seed, judgement: await judges.judge(rgb, SIZE, SIZE) };
    appendFileSync(RESULTS, JSON.stringify(row) + '\n');
    rows.push(row);
    judged++;
    console.log(`seed ${seed} ${c.key}: ${((performance.now() - started) / judged / 1000).toFixed(1)} s/face`);
  }
}
judges.dispose();
generator.dispose();
