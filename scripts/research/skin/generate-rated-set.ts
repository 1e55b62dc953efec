/**
 * Draws the skin-tone rated set (ratedSet.ts) with the directions the faces are rated under,
 * one raw RGB file per face in .cache/skin/faces. Resumable: drawn faces are skipped.
 *
 *   tsx scripts/research/skin/generate-rated-set.ts [--directions <file>] [--worker K --workers W]
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { validateDirections } from '../../../src/core/directions';
import { readRgbBytes } from '../../../src/core/faceBytes';
import { latentFromSeed } from '../../../src/core/latent';
import { loadGeneratorFromDisk, useWasmBackend } from '../../lib/nodeModel';
import { ratedFacePath, ratedSetPlan } from './ratedSet';

const { values } = parseArgs({
  options: {
    directions: { type: 'string', default: resolve(import.meta.dirname, '../../../models/directions.json') },
    worker: { type: 'string', default: '0' },
    workers: { type: 'string', default: '1' },
  },
});
await useWasmBackend();
const generator = await loadGeneratorFromDisk('float32');
const checked = validateDirections(JSON.parse(readFileSync(values.directions, 'utf8')), generator.latentSize);
if (!checked.ok) throw new Error(checked.reason);
const attributes = new Map(checked.directions.attributes.map((a) => [a.id, a]));
const todo = ratedSetPlan().filter(
  (f) => f.index % Number(values.workers) === Number(values.worker) && !existsSync(ratedFacePath(f.index)),
);
mkdirSync(dirname(ratedFacePath(0)), { recursive: true });
for (let i = 0; i < todo.length; i += 4) {
  const batch = todo.slice(i, i + 4);
  const latents = batch.map(({ seed, slider }) => {
    const latent = latentFromSeed(seed);
    if (!slider) return latent;
    const attribute = attributes.get(slider.id)!;
    const offset = slider.value === 0 ? attribute.calibration.offsetAt0 : attribute.calibration.offsetAt100;
    return latent.map((v, j) => v + offset * attribute.direction[j]!);
  });
  const images = generator.generateFrom(latents);
  const rgb = await readRgbBytes(images);
  images.dispose();
  batch.forEach((face, k) => {
    const path = ratedFacePath(face.index);
    writeFileSync(path + '.tmp', rgb[k]!);
    renameSync(path + '.tmp', path);
  });
  console.log(`drew ${Math.min(i + 4, todo.length)}/${todo.length}`);
}
