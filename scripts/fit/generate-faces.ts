/**
 * Step 1 of the fit: draws the fitting faces and stores them as raw RGB chunks, so labelling can
 * be rerun without the 2 s/face generation. Resumable: finished chunks are skipped. Run one
 * process per core: --worker 0 --workers 2 and --worker 1 --workers 2.
 *
 *   tsx scripts/fit/generate-faces.ts --n 4000 [--worker K --workers W]
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { readRgbBytes } from '../../src/core/faceBytes';
import { latentFromSeed } from '../../src/core/latent';
import { loadGeneratorFromDisk, useWasmBackend } from '../lib/nodeModel';
import { FACES_PER_CHUNK, FIT_SEED_BASE, chunkPath } from './config';

const { values } = parseArgs({
  options: { n: { type: 'string', default: '4000' }, worker: { type: 'string', default: '0' }, workers: { type: 'string', default: '1' } },
});
const total = Number(values.n);
const worker = Number(values.worker);
const workers = Number(values.workers);
const chunks = Math.ceil(total / FACES_PER_CHUNK);
const mine = Array.from({ length: chunks }, (_, i) => i).filter((i) => i % workers === worker && !existsSync(chunkPath(i)));

await useWasmBackend();
const generator = await loadGeneratorFromDisk('float32');
mkdirSync(dirname(chunkPath(0)), { recursive: true });
const started = performance.now();
let done = 0;
for (const chunk of mine) {
  const first = chunk * FACES_PER_CHUNK;
  const count = Math.min(FACES_PER_CHUNK, total - first);
  const out = new Uint8Array(count * 128 * 128 * 3);
  for (let i = 0; i < count; i += 5) {
    const seeds = Array.from({ length: Math.min(5, count - i) }, (_, k) => FIT_SEED_BASE + first + i + k);
    const faces = generator.generateFrom(seeds.map((s) => latentFromSeed(s)));
    const rgb = await readRgbBytes(faces);
    faces.dispose();
    rgb.forEach((face, k) => out.set(face, (i + k) * 128 * 128 * 3));
  }
  const path = chunkPath(chunk);
  writeFileSync(path + '.tmp', out);
  renameSync(path + '.tmp', path);
  done++;
  const perChunk = (performance.now() - started) / done;
  const eta = ((mine.length - done) * perChunk) / 60000;
  console.log(
    `worker ${worker}: chunk ${chunk} done (${done}/${mine.length}), ${(perChunk / count / 1000).toFixed(2)} s/face, ETA ${eta.toFixed(1)} min`,
  );
}
