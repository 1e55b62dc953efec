/**
 * face-api 128-d descriptors of the fitting faces, for the "Keep identity" fit (latent → identity
 * map). Resumable like label-faces.ts: described chunks are skipped, files land by tmp+rename,
 * --watch follows a running generation until all --n faces are described.
 *
 *   tsx scripts/fit/describe-faces.ts [--n 3000] [--watch]
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { useWasmBackend } from '../lib/nodeModel';
import { FACE_SIZE, FACES_PER_CHUNK, FIT_SEED_BASE, chunkPath } from './config';
import { DESCRIPTORS_FORMAT, descriptorsPath, type ChunkDescriptors } from './descriptors';
import { finishedChunks } from './labels';
import { loadNodeFaceDescriber } from './nodeFaceDescriber';

const { values } = parseArgs({
  options: { n: { type: 'string', default: '3000' }, watch: { type: 'boolean', default: false } },
});
const totalChunks = Math.ceil(Number(values.n) / FACES_PER_CHUNK);
const FACE_BYTES = FACE_SIZE * FACE_SIZE * 3;
const round = (v: number) => Number(v.toFixed(5));

await useWasmBackend();
const describer = await loadNodeFaceDescriber();
mkdirSync(dirname(descriptorsPath(0)), { recursive: true });
const described = () => finishedChunks(dirname(descriptorsPath(0)), 'json').filter((c) => c < totalChunks).length;
for (;;) {
  const pending = finishedChunks(dirname(chunkPath(0)), 'rgb').filter((c) => c < totalChunks && !existsSync(descriptorsPath(c)));
  if (pending.length === 0) {
    if (!values.watch || described() >= totalChunks) break;
    await sleep(20_000);
    continue;
  }
  const chunk = pending[0]!;
  const bytes = new Uint8Array(readFileSync(chunkPath(chunk)));
  const started = performance.now();
  const faces: ChunkDescriptors['faces'] = [];
  for (let i = 0; i < bytes.length / FACE_BYTES; i++) {
    const d = await describer.describeRgb(bytes.subarray(i * FACE_BYTES, (i + 1) * FACE_BYTES), FACE_SIZE, FACE_SIZE);
    const index = chunk * FACES_PER_CHUNK + i;
    faces.push({
      index,
      seed: FIT_SEED_BASE + index,
      detectionScore: d.detectionScore === null ? null : round(d.detectionScore),
      descriptor: d.descriptor ? Array.from(d.descriptor, round) : null,
    });
  }
  const file: ChunkDescriptors = { format: DESCRIPTORS_FORMAT, chunk, fitSeedBase: FIT_SEED_BASE, faces };
  const path = descriptorsPath(chunk);
  writeFileSync(path + '.tmp', JSON.stringify(file));
  renameSync(path + '.tmp', path);
  const ms = (performance.now() - started) / faces.length;
  console.log(
    `chunk ${chunk}: ${faces.filter((f) => f.descriptor).length}/${faces.length} found, ${ms.toFixed(0)} ms/face; ${described()}/${totalChunks} chunks`,
  );
}
console.log('done');
