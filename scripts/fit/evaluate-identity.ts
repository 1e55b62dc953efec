/**
 * "Judged twice": draws held-out faces (app seeds; the fit used seeds from FIT_SEED_BASE) at the
 * ends of Smiling and Young as they are, with Male locked by projection, with the lock held per
 * face, and with Keep identity, and has face-api and @vladmandic/human judge each one. Drawn faces
 * are cached as raw RGB, results append to .cache/eval-identity/results.jsonl, finished cases are
 * skipped, so it can be stopped and rerun. Summarize with summarize-identity.ts (reads results*.jsonl).
 *
 *   tsx scripts/fit/evaluate-identity.ts [--seeds 10] [--edits plain,lock,hold,keep] [--identity F] [--out results-keep.jsonl]
 *
 * Held locks follow the app: the target is the face as generated's reading, the correction starts
 * from the linear lock's face with the slider calibration's slope as first guess (lockHold.ts).
 * Keep identity needs --identity (fit-identity.ts's file); its rows name the basis they used.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { latentForSliders, type SliderAttribute } from '../../src/core/attributes';
import { validateDirections } from '../../src/core/directions';
import { readRgbBytes } from '../../src/core/faceBytes';
import { validateIdentityBasis } from './lib/identitySubspace';
import { latentFromSeed } from '../../src/core/latent';
import { LOCK_TOLERANCES, holdLocks, type Readings } from '../../src/core/lockHold';
import { toSliderAttribute } from '../../src/app/directionsSource';
import { loadGeneratorFromDisk, useWasmBackend } from '../lib/nodeModel';
import { EDITS, identityCases, type Edit, type IdentityCase } from './identityEvaluationPlan';
import { IDENTITY_EVAL_DIR, IDENTITY_EVAL_FACES, type IdentityRow } from './identityEvaluationPaths';
import { loadJudges } from './judges';

const FACES_DIR = IDENTITY_EVAL_FACES;

const SIZE = 128;

const { values } = parseArgs({
  options: {
    directions: { type: 'string', default: resolve(import.meta.dirname, '../../models/directions.json') },
    seeds: { type: 'string', default: '10' },
    edits: { type: 'string', default: EDITS.join(',') },
    identity: { type: 'string' },
    // A second process (e.g. Keep identity beside the lock runs) appends to its own file.
    out: { type: 'string', default: 'results.jsonl' },
  },
});
const edits = values.edits.split(',') as Edit[];
const RESULTS = resolve(IDENTITY_EVAL_DIR, values.out);
const seeds = Array.from({ length: Number(values.seeds) }, (_, i) => i);

await useWasmBackend();
const generator = await loadGeneratorFromDisk('float32');
const checked = validateDirections(JSON.parse(readFileSync(values.directions, 'utf8')), generator.latentSize);
if (!checked.ok) throw new Error(checked.reason);
const attributes: SliderAttribute[] = checked.directions.attributes.map(toSliderAttribute);
const identity = values.identity ? validateIdentityBasis(JSON.parse(readFileSync(values.identity, 'utf8')), generator.latentSize) : null;
if (identity && !identity.ok) throw new Error(identity.reason);
const basis = identity?.ok ? { faces: Number(identity.file.provenance.faces), k: identity.basis.length } : undefined;
const judges = await loadJudges();
mkdirSync(FACES_DIR, { recursive: true });

const rows: IdentityRow[] = existsSync(RESULTS)
  ? readFileSync(RESULTS, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as IdentityRow)
  : [];
const basisTag = (b: IdentityRow['basis']) => (b ? `@${b.faces}x${b.k}` : '');
const done = new Set(rows.map((r) => `${r.key}${basisTag(r.basis)}#${r.seed}`));

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
  const held = c.edit === 'keep' && identity?.ok ? identity.basis : [];
  return latentForSliders(latentFromSeed(seed), attributes, sliders, new Set(c.edit === 'plain' ? [] : c.locks), held);
}

const male = checked.directions.attributes.find((a) => a.id === 'male')!;
// The app's first guess (lockPlan.ts): the calibration's log-odds per latent unit times p(1 − p), floored.
const maleLogitPerLatent =
  (male.calibration.effectAt100 - male.calibration.effectAt0) / (male.calibration.offsetAt100 - male.calibration.offsetAt0);

/** The lock held per face from the linear lock's face; null when a face it needs was not found. */
async function heldFace(c: IdentityCase, seed: number): Promise<{ rgb: Uint8Array; hold: NonNullable<IdentityRow['hold']> } | null> {
  const find = (key: string) => rows.find((r) => r.key === key && r.seed === seed);
  const target = find('base')?.judgement.faceApi.pMale;
  const linear = find(c.key.replace('|hold', ''));
  if (target === null || target === undefined || !linear) return null;
  const start = latentFor({ ...c, edit: 'lock' }, seed);
  const drawn = new Map<string, Uint8Array>();
  const keyOf = (z: Float32Array) => Buffer.from(z.buffer, z.byteOffset, z.byteLength).toString('base64');
  const measure = async (z: Float32Array): Promise<Readings | null> => {
    const rgb = await draw(z);
    drawn.set(keyOf(z), rgb);
    const reading = await judges.faceApi(rgb, SIZE, SIZE);
    return reading.found ? { pMale: reading.pMale } : null;
  };
  const lock = {
    reading: 'pMale',
    direction: attributes.find((a) => a.id === 'male')!.direction,
    target,
    tolerance: LOCK_TOLERANCES.pMale,
    slopeGuess: (p: number) => maleLogitPerLatent * Math.max(0.05, p * (1 - p)),
  };
  const startReadings = linear.judgement.faceApi.found ? { pMale: linear.judgement.faceApi.pMale } : null;
  const outcome = await holdLocks(start, [lock], measure, () => false, { startReadings });
  if (outcome.superseded) return null;
  const unmoved = keyOf(outcome.latent) === keyOf(start);
  const rgb = unmoved
    ? await cachedFace(linear.key, seed, async () => start)
    : (drawn.get(keyOf(outcome.latent)) ?? (await draw(outcome.latent)));
  const status = outcome.statuses[0]!;
  return { rgb, hold: { measures: outcome.measures, held: status.held, residual: status.residual } };
}

const cases = identityCases(edits.filter((e) => e !== 'keep' || basis));
const started = performance.now();
let judged = 0;
for (const seed of seeds) {
  for (const c of cases) {
    if (c.key === 'base' && !edits.includes('plain')) continue; // judged by the run that draws the plain sliders
    const rowBasis = c.edit === 'keep' ? basis : undefined;
    if (done.has(`${c.key}${basisTag(rowBasis)}#${seed}`)) continue;
    let row: IdentityRow;
    if (c.edit === 'hold') {
      const held = await heldFace(c, seed);
      if (!held) continue;
      row = { ...c, seed, judgement: await judges.judge(held.rgb, SIZE, SIZE), hold: held.hold };
    } else {
      const rgb = await cachedFace(`${c.key}${basisTag(rowBasis)}`, seed, async () => latentFor(c, seed));
      row = { ...c, seed, judgement: await judges.judge(rgb, SIZE, SIZE), ...(rowBasis ? { basis: rowBasis } : {}) };
    }
    appendFileSync(RESULTS, JSON.stringify(row) + '\n');
    rows.push(row);
    judged++;
    console.log(
      `seed ${seed} ${c.key}${row.hold ? ` (${row.hold.measures} measured, ${row.hold.held ? 'held' : 'not held'})` : ''}: ${((performance.now() - started) / judged / 1000).toFixed(1)} s/face`,
    );
  }
}
judges.dispose();
generator.dispose();
