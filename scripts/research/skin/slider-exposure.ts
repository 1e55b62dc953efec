/**
 * Does the Skin tone slider change skin, or the whole picture's exposure? Draws fresh faces at
 * Skin tone 0, 50 and 100 with a directions file and measures, between 0 and 100: the skin's
 * lightness (the app's reading), and the lightness of what is not skin — the band above the
 * forehead (hair, or background on a bald head) and the picture's edges (background, hair, clothes). A direction that follows skin moves the first
 * far more than the other two. Prints a JSON summary; --out writes it.
 *
 *   tsx scripts/research/skin/slider-exposure.ts --directions models/directions.json [--seeds 16] [--label after] [--out F]
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { validateDirections } from '../../../src/core/directions';
import { readRgbBytes } from '../../../src/core/faceBytes';
import { latentFromSeed } from '../../../src/core/latent';
import type { FaceMeasurement } from '../../../src/core/measure/faceMeasurer';
import { loadGeneratorFromDisk, useWasmBackend } from '../../lib/nodeModel';
import { loadNodeFaceMeasurer } from '../../fit/nodeFaceMeasurer';
import { aboveForeheadLightness, pictureEdgesLightness } from '../../fit/pictureBrightness';

const { values } = parseArgs({
  options: {
    directions: { type: 'string', default: resolve(import.meta.dirname, '../../../models/directions.json') },
    seeds: { type: 'string', default: '16' },
    label: { type: 'string', default: 'after' },
    out: { type: 'string' },
  },
});
const SEED_BASE = 2_700_000_000;
await useWasmBackend();
const generator = await loadGeneratorFromDisk('float32');
const checked = validateDirections(JSON.parse(readFileSync(values.directions, 'utf8')), generator.latentSize);
if (!checked.ok) throw new Error(checked.reason);
const skinTone = checked.directions.attributes.find((a) => a.id === 'skinTone')!;
const measurer = await loadNodeFaceMeasurer({ descriptor: false });

function regions(rgb: Uint8Array, m: FaceMeasurement) {
  if (!m.found) return null;
  return { skin: m.skin?.lightness ?? null, hair: aboveForeheadLightness(rgb, m.landmarks), outside: pictureEdgesLightness(rgb) };
}

const rows: ReturnType<typeof regions>[][] = [];
for (let s = 0; s < Number(values.seeds); s++) {
  const base = latentFromSeed(SEED_BASE + s);
  const latents = [skinTone.calibration.offsetAt0, 0, skinTone.calibration.offsetAt100].map((offset) =>
    base.map((v, j) => v + offset * skinTone.direction[j]!),
  );
  const images = generator.generateFrom(latents);
  const faces = await readRgbBytes(images);
  images.dispose();
  const read = [];
  for (const rgb of faces) read.push(regions(rgb, await measurer.measureRgb(rgb, 128, 128)));
  rows.push(read);
}

const changes = (key: 'skin' | 'hair' | 'outside') => {
  const deltas = rows.flatMap(([low, , high]) => (low && high && low[key] !== null && high[key] !== null ? [high[key]! - low[key]!] : []));
  return {
    meanChange0to100: Number((deltas.reduce((a, b) => a + b, 0) / deltas.length).toFixed(2)),
    meanAbsChange: Number((deltas.reduce((a, b) => a + Math.abs(b), 0) / deltas.length).toFixed(2)),
    faces: deltas.length,
  };
};
const summary = {
  label: values.label,
  directions: values.directions,
  seeds: `${SEED_BASE}…${SEED_BASE + Number(values.seeds) - 1}`,
  skinL: changes('skin'),
  aboveForeheadL: changes('hair'),
  pictureEdgesL: changes('outside'),
};
console.log(JSON.stringify(summary));
if (values.out) {
  const all = existsSync(values.out) ? (JSON.parse(readFileSync(values.out, 'utf8')) as object[]) : [];
  writeFileSync(
    values.out,
    JSON.stringify([...all.filter((r) => (r as { label: string }).label !== values.label), summary], null, 1) + '\n',
  );
}
