/**
 * Draws held-out faces (seeds 0…N−1; the fit used seeds from FIT_SEED_BASE) across every
 * slider, with and without locks, and measures each with the fit's own face-api pipeline.
 * Resumable: results append to .cache/eval/results-<worker>.jsonl and finished cases are
 * skipped. Run one process per core; summarize with summarize-evaluation.ts.
 *
 *   tsx scripts/fit/evaluate-sliders.ts [--seeds 50] [--worker K --workers W] [--directions F]
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { latentForSliders } from '../../src/core/attributes';
import { validateDirections } from '../../src/core/directions';
import { readRgbBytes } from '../../src/core/faceBytes';
import { latentFromSeed } from '../../src/core/latent';
import { toSliderAttribute } from '../../src/app/directionsSource';
import { loadGeneratorFromDisk, useWasmBackend } from '../lib/nodeModel';
import { evaluationCases } from './evaluationPlan';
import { EVAL_DIR, SHEET_SEEDS, sheetImagePath } from './evaluate-sliders-paths';
import { loadNodeFaceMeasurer } from './nodeFaceMeasurer';

async function saveForSheet(face: tf.Tensor3D, name: string): Promise<void> {
  const [rgb] = await readRgbBytes(face);
  mkdirSync(resolve(EVAL_DIR, 'images'), { recursive: true });
  writeFileSync(sheetImagePath(name), rgb!);
}
const { values } = parseArgs({
  options: {
    directions: { type: 'string', default: resolve(import.meta.dirname, '../../models/directions.json') },
    seeds: { type: 'string', default: '50' },
    worker: { type: 'string', default: '0' },
    workers: { type: 'string', default: '1' },
  },
});
const worker = Number(values.worker);
const workers = Number(values.workers);
const seeds = Array.from({ length: Number(values.seeds) }, (_, i) => i).filter((s) => s % workers === worker);

await useWasmBackend();
const generator = await loadGeneratorFromDisk('float32');
const checked = validateDirections(JSON.parse(readFileSync(values.directions, 'utf8')), generator.latentSize);
if (!checked.ok) throw new Error(checked.reason);
const attributes = checked.directions.attributes.map(toSliderAttribute);
const measurer = await loadNodeFaceMeasurer();

mkdirSync(EVAL_DIR, { recursive: true });
const out = resolve(EVAL_DIR, `results-${worker}.jsonl`);
const done = new Set(
  existsSync(out)
    ? readFileSync(out, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => {
          const r = JSON.parse(l);
          return `${r.key}#${r.seed}`;
        })
    : [],
);
const cases = evaluationCases(attributes.map((a) => a.id));
const started = performance.now();
let drawn = 0;
const total = cases.length * seeds.length - done.size;
for (const c of cases) {
  const todo = seeds.filter((s) => !done.has(`${c.key}#${s}`));
  for (let i = 0; i < todo.length; i += 5) {
    const batch = todo.slice(i, i + 5);
    const sliders = c.attribute ? { [c.attribute]: c.slider } : {};
    const latents = batch.map((s) => latentForSliders(latentFromSeed(s), attributes, sliders, new Set(c.locks)));
    const images = generator.generateFrom(latents);
    const faces = tf.tidy(() => tf.unstack(images) as tf.Tensor3D[]);
    images.dispose();
    for (const [k, face] of faces.entries()) {
      if (batch[k]! < SHEET_SEEDS) await saveForSheet(face, `${c.key}#${batch[k]}`);
      const m = await measurer.measureTensor(face);
      face.dispose();
      const { landmarks: _landmarks, ...measurement } = m;
      appendFileSync(out, JSON.stringify({ ...c, seed: batch[k], measurement }) + '\n');
    }
    drawn += batch.length;
    const eta = (((performance.now() - started) / drawn) * (total - drawn)) / 60000;
    console.log(`worker ${worker}: ${c.key} ${drawn}/${total} faces, ETA ${eta.toFixed(1)} min`);
  }
}
measurer.dispose();
generator.dispose();
