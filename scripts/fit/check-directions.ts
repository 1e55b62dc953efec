/**
 * Closed-loop check of a directions file: draws fresh faces at slider 0, 50 and 100 of each
 * attribute, measures them with the same face-api pipeline, and prints how the measurement
 * moved against what the fit predicted. Slow on CPU (about 2 s per face): keep --seeds small.
 *
 *   tsx scripts/fit/check-directions.ts [--directions models/directions.json] [--seeds 4] [--seed-base 1000]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { validateDirections } from '../../src/core/directions';
import { latentFromSeed } from '../../src/core/latent';
import { loadGeneratorFromDisk, useWasmBackend } from '../lib/nodeModel';
import { ATTRIBUTE_SPECS } from './attributeSpecs';
import { loadNodeFaceMeasurer } from './nodeFaceMeasurer';

const { values } = parseArgs({
  options: {
    directions: { type: 'string', default: resolve(import.meta.dirname, '../../models/directions.json') },
    seeds: { type: 'string', default: '4' },
    'seed-base': { type: 'string', default: '1000' },
  },
});
await useWasmBackend();
const generator = await loadGeneratorFromDisk('float32');
const checked = validateDirections(JSON.parse(readFileSync(values.directions, 'utf8')), generator.latentSize);
if (!checked.ok) throw new Error(checked.reason);
const measurer = await loadNodeFaceMeasurer({ detectorScoreThreshold: 0.2 });
const seeds = Array.from({ length: Number(values.seeds) }, (_, i) => Number(values['seed-base']) + i);

async function measureLatents(latents: Float32Array[]) {
  const images = generator.generateFrom(latents);
  try {
    const faces = tf.tidy(() => tf.unstack(images) as tf.Tensor3D[]);
    const results = [];
    for (const face of faces) results.push(await measurer.measureTensor(face));
    tf.dispose(faces);
    return results;
  } finally {
    images.dispose();
  }
}

const mean = (xs: (number | null)[]) => {
  const ok = xs.filter((x): x is number => x !== null);
  return ok.length ? ok.reduce((a, b) => a + b, 0) / ok.length : Number.NaN;
};

const base = await measureLatents(seeds.map((s) => latentFromSeed(s)));
for (const attribute of checked.directions.attributes) {
  const spec = ATTRIBUTE_SPECS.find((s) => s.id === attribute.id);
  if (!spec) continue;
  const moved = (offset: number) => seeds.map((s) => latentFromSeed(s).map((v, j) => v + offset * attribute.direction[j]!));
  const low = await measureLatents(moved(attribute.calibration.offsetAt0));
  const high = await measureLatents(moved(attribute.calibration.offsetAt100));
  const read = (faces: typeof base) => mean(faces.map((f) => (f.found ? spec.readout.value(f) : null)));
  const found = [...low, ...base, ...high].filter((f) => f.found).length;
  const c = attribute.calibration;
  console.log(
    `${attribute.id.padEnd(9)} ${spec.readout.name} at slider 0 / 50 / 100: ${read(low).toFixed(2)} / ${read(base).toFixed(2)} / ${read(high).toFixed(2)}` +
      `  (fit predicts ${c.effectAt0.toFixed(1)} / 0 / +${c.effectAt100.toFixed(1)} ${c.effectUnit}; ${found}/${3 * seeds.length} detected)`,
  );
}
measurer.dispose();
generator.dispose();
