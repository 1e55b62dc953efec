/**
 * The entropy-coded weight storage's steps, chosen by measurement (resumable; CPU-heavy, run it
 * niced):
 *  1. sensitivity: each large weight tensor (or group, --groups) alone coded in full-range uint8,
 *     the rest float32; the faces of the choice seeds against float32's;
 *  2. for each target PSNR, a step per tensor from those sensitivities (stepChoice.ts);
 *  3. each set of steps encoded as prepare-model serves it and decoded as the site loads it,
 *     measured on held-out seeds never used for the choice: bytes against mean and worst PSNR;
 *  4. the chosen steps checked once more on fresh seeds used for nothing else.
 * Results are cached per step in .cache/storage/; the curve and the chosen steps are written to
 * scripts/research/storage/ and a contact sheet to .cache/storage/contact-sheet.png.
 *
 *   nice -n 10 tsx scripts/research/storage/entropy-storage.ts [--seeds 16] [--held-out 16] [--targets-db 48,50,52,54,56]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type * as tf from '@tensorflow/tfjs';
import { gunzip, weightDataFromPlanes } from '../../../src/core/entropyCodedWeights';
import { FaceGenerator } from '../../../src/core/generator';
import { latentFromSeed } from '../../../src/core/latent';
import { loadModelFiles, type LoadedModelFiles } from '../../../src/core/modelFiles';
import { psnr } from './measure-storage';
import { MODELS_DIR, useWasmBackend } from '../../lib/nodeModel';
import { mseFromPsnr, psnrFromMse, stepsFor, type TensorExtent, type UnitSensitivity } from './stepChoice';
import { encodeFloat32, encodeWeights, type TensorEncoding, type WeightSpec } from '../../lib/weightQuantization';
import { writeContactSheet } from './contactSheet';

const CACHE = resolve(import.meta.dirname, '../../../.cache/storage');
const OUT = import.meta.dirname;
/** Tensors smaller than this (biases, scalars, shapes) stay float16: a few KB in all. */
const LARGE = 4096;
const log = (line: string) => console.error(`entropy-storage: ${new Date().toISOString().slice(11, 19)} ${line}`);

type Spec = tf.io.WeightsManifestEntry;
interface Tensor {
  spec: Spec;
  bytes: Uint8Array;
}

function splitTensors(files: LoadedModelFiles): Tensor[] {
  let offset = 0;
  const all = new Uint8Array(files.artifacts.weightData as ArrayBuffer);
  return files.artifacts.weightSpecs!.map((spec) => {
    const size = spec.shape.reduce((a, b) => a * b, 1) * 4;
    const bytes = all.subarray(offset, offset + size);
    offset += size;
    return { spec, bytes };
  });
}

const floats = (t: Tensor) => new Float32Array(t.bytes.buffer.slice(t.bytes.byteOffset, t.bytes.byteOffset + t.bytes.byteLength));
const isLarge = (t: Tensor) => t.spec.dtype === 'float32' && t.bytes.byteLength / 4 >= LARGE;

/** Artifacts whose tensors are coded as `encodingOf` says; tfjs decodes them as the browser would. */
function artifactsFor(base: LoadedModelFiles, tensors: Tensor[], encodingOf: (t: Tensor) => TensorEncoding): tf.io.ModelArtifacts {
  const parts = tensors.map((t) => {
    if (t.spec.dtype !== 'float32') return { spec: t.spec, data: t.bytes };
    const encoded = encodeFloat32(floats(t), encodingOf(t));
    const spec: Spec = encoded.quantization ? { ...t.spec, quantization: encoded.quantization } : t.spec;
    return { spec, data: encoded.data };
  });
  const weightData = new Uint8Array(parts.reduce((n, p) => n + p.data.byteLength, 0));
  let offset = 0;
  for (const p of parts) {
    weightData.set(p.data, offset);
    offset += p.data.byteLength;
  }
  return { ...base.artifacts, weightSpecs: parts.map((p) => p.spec), weightData: weightData.buffer };
}

/** The entropy-coded storage for these steps, through prepare-model's encoder and the site's decoder. */
async function entropyCoded(base: LoadedModelFiles, tensors: Tensor[], steps: Record<string, number>) {
  const { specs, payload } = encodeWeights(
    tensors.map((t) => ({ spec: t.spec as WeightSpec, data: t.bytes })),
    'entropy-coded',
    steps,
  );
  const planes = await gunzip([payload.buffer.slice(payload.byteOffset, payload.byteOffset + payload.length) as ArrayBuffer]);
  const artifacts = { ...base.artifacts, weightSpecs: specs as Spec[], weightData: weightDataFromPlanes(planes, specs as Spec[]) };
  return { artifacts, bytes: payload.length };
}

function extent(t: Tensor): TensorExtent {
  let min = Infinity;
  let max = -Infinity;
  for (const v of floats(t)) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { elements: t.bytes.byteLength / 4, min, max };
}

async function faces(artifacts: tf.io.ModelArtifacts, base: LoadedModelFiles, seeds: number[]): Promise<Float32Array> {
  const generator = await FaceGenerator.create(artifacts, base.manifest);
  try {
    const out = generator.generateFrom(seeds.map((s) => latentFromSeed(s, generator.latentSize)));
    const data = (await out.data()) as Float32Array;
    out.dispose();
    return data;
  } finally {
    generator.dispose();
  }
}

/** Per-seed PSNR of a batch of faces against the reference batch. */
function psnrs(reference: Float32Array, image: Float32Array, count: number): number[] {
  const size = reference.length / count;
  return Array.from({ length: count }, (_, i) =>
    psnr(reference.subarray(i * size, (i + 1) * size), image.subarray(i * size, (i + 1) * size)),
  );
}

function meanSquaredError(reference: Float32Array, image: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < reference.length; i++) sum += (reference[i]! - image[i]!) ** 2;
  return sum / reference.length;
}

async function cachedFaces(name: string, compute: () => Promise<Float32Array>): Promise<Float32Array> {
  const path = join(CACHE, `${name}.f32`);
  if (existsSync(path)) {
    const b = readFileSync(path);
    return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
  }
  const data = await compute();
  writeFileSync(path, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  return data;
}

async function cachedJson<T>(name: string, compute: () => Promise<T>): Promise<T> {
  const path = join(CACHE, `${name}.json`);
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as T;
  const value = await compute();
  writeFileSync(path, JSON.stringify(value, null, 1));
  return value;
}

const unitBytes = (unit: Tensor[]) => unit.reduce((n, t) => n + t.bytes.byteLength, 0);
const shortName = (t: Tensor) => t.spec.name.replace('module_apply_default/', '').replace('/merged_input', '');

/**
 * What is measured and chosen as one: each large tensor alone, or groups named in --groups
 * (e.g. Conv2D_2+Conv2D_3), which halve the measuring time where the machine is short of it.
 */
function unitsOf(large: Tensor[], groups: string): Tensor[][] {
  const units = groups
    ? groups.split(',').map((group) =>
        group.split('+').map((name) => {
          const tensor = large.find((t) => shortName(t) === name);
          if (!tensor) throw new Error(`--groups: no large tensor ${name}`);
          return tensor;
        }),
      )
    : [];
  for (const t of large) if (!units.some((u) => u.includes(t))) units.push([t]);
  return units;
}

const planKey = (steps: Record<string, number>) =>
  createHash('sha256')
    .update(JSON.stringify(Object.entries(steps).sort()))
    .digest('hex')
    .slice(0, 12);

/** The storage the site serves: the fewest bytes whose held-out faces stay indistinguishable. */
const GOAL = { meanPsnr: 50, worstPsnr: 45 };

async function main() {
  const { values } = parseArgs({
    options: {
      seeds: { type: 'string', default: '16' },
      'held-out': { type: 'string', default: '16' },
      'targets-db': { type: 'string', default: '48,50,52,54,56' },
      // The groups the committed sensitivities were measured in (the machine was short of time).
      groups: { type: 'string', default: 'Conv2D_8+Conv2D_9,Conv2D_2+Conv2D_3,Conv2D_4+Conv2D_5+Conv2D_6' },
    },
  });
  const count = Number(values.seeds);
  const heldOut = Number(values['held-out']);
  const choiceSeeds = Array.from({ length: count }, (_, i) => i);
  const heldOutSeeds = Array.from({ length: heldOut }, (_, i) => 100_000 + i);
  const freshSeeds = Array.from({ length: heldOut }, (_, i) => 200_000 + i);
  mkdirSync(CACHE, { recursive: true });
  await useWasmBackend();
  const dir = join(MODELS_DIR, 'float32');
  const base = await loadModelFiles(async (path) => {
    const data = await readFile(join(dir, path));
    return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
  });
  const tensors = splitTensors(base);
  const large = tensors.filter(isLarge);
  log(
    `${large.length} large tensors of ${tensors.length}; seeds: choice 0..${count - 1}, held out ${heldOutSeeds[0]}.., fresh ${freshSeeds[0]}..`,
  );

  const float32 = artifactsFor(base, tensors, () => 'float32');
  const reference = await cachedFaces(`reference-choice-${count}`, () => faces(float32, base, choiceSeeds));
  const heldReference = await cachedFaces(`reference-heldout-${heldOut}`, () => faces(float32, base, heldOutSeeds));
  const freshReference = await cachedFaces(`reference-fresh-${heldOut}`, () => faces(float32, base, freshSeeds));
  log('references ready');

  const units: UnitSensitivity[] = [];
  for (const unit of unitsOf(large, values.groups!).sort((a, b) => unitBytes(a) - unitBytes(b))) {
    const key = unit.map((t) => large.indexOf(t)).join('+');
    const name = unit.map((t) => t.spec.name).join('+');
    const result = await cachedJson(`layer-${count}-${key}-uint8`, async () => {
      const started = performance.now();
      const image = await faces(
        artifactsFor(base, tensors, (t) => (unit.includes(t) ? 'uint8' : 'float32')),
        base,
        choiceSeeds,
      );
      const r = { name, elements: unitBytes(unit) / 4, encoding: 'uint8', mse: meanSquaredError(reference, image) };
      log(`${name} uint8: ${psnrFromMse(r.mse).toFixed(1)} dB (${((performance.now() - started) / 1000).toFixed(0)} s)`);
      return r;
    });
    units.push({ names: unit.map((t) => t.spec.name), mse: result.mse });
  }
  const extents = new Map(large.map((t) => [t.spec.name, extent(t)]));

  const curve = [];
  const sheetColumns: { label: string; faces: Float32Array }[] = [{ label: 'float32', faces: heldReference }];
  for (const target of values['targets-db']!.split(',').map(Number)) {
    const { steps } = stepsFor(units, extents, mseFromPsnr(target));
    const coded = await entropyCoded(base, tensors, steps);
    const image = await cachedFaces(`entropy-heldout-${heldOut}-${planKey(steps)}`, () => faces(coded.artifacts, base, heldOutSeeds));
    const scores = psnrs(heldReference, image, heldOut);
    const point = {
      weightBytes: coded.bytes,
      predictedPsnr: target,
      meanPsnr: Number((scores.reduce((a, b) => a + b, 0) / heldOut).toFixed(2)),
      worstPsnr: Number(Math.min(...scores).toFixed(2)),
      steps,
    };
    curve.push(point);
    log(`${(point.weightBytes / 1e6).toFixed(2)} MB: mean ${point.meanPsnr} dB, worst ${point.worstPsnr} dB (predicted ${target})`);
    sheetColumns.push({ label: `${(point.weightBytes / 1e6).toFixed(1)} MB`, faces: image });
  }
  curve.sort((a, b) => a.weightBytes - b.weightBytes);
  const chosen = curve.find((p) => p.meanPsnr >= GOAL.meanPsnr && p.worstPsnr >= GOAL.worstPsnr) ?? curve.at(-1)!;
  // The held-out seeds picked the point on the curve; seeds used for nothing yet say what to expect.
  const fresh = psnrs(
    freshReference,
    await cachedFaces(`entropy-fresh-${heldOut}-${planKey(chosen.steps)}`, async () =>
      faces((await entropyCoded(base, tensors, chosen.steps)).artifacts, base, freshSeeds),
    ),
    heldOut,
  );
  const freshFigures = {
    meanPsnr: Number((fresh.reduce((a, b) => a + b, 0) / heldOut).toFixed(2)),
    worstPsnr: Number(Math.min(...fresh).toFixed(2)),
  };
  log(
    `chosen ${(chosen.weightBytes / 1e6).toFixed(2)} MB; on fresh seeds: mean ${freshFigures.meanPsnr} dB, worst ${freshFigures.worstPsnr} dB`,
  );
  mkdirSync(OUT, { recursive: true });
  writeFileSync(
    join(OUT, 'entropy-storage-curve.json'),
    JSON.stringify(
      {
        measured: 'tfjs WASM backend in Node; PSNR of [0,1] faces against float32; held-out and fresh seeds not used for the sensitivities',
        choiceSeeds: [choiceSeeds[0], choiceSeeds.at(-1)],
        heldOutSeeds: [heldOutSeeds[0], heldOutSeeds.at(-1)],
        freshSeeds: [freshSeeds[0], freshSeeds.at(-1)],
        goal: GOAL,
        sensitivity: units.map((u) => ({ ...u, uint8Psnr: Number(psnrFromMse(u.mse).toFixed(2)) })),
        curve: curve.map(({ steps: _steps, ...point }) => point),
        chosen: {
          weightBytes: chosen.weightBytes,
          predictedPsnr: chosen.predictedPsnr,
          heldOut: { meanPsnr: chosen.meanPsnr, worstPsnr: chosen.worstPsnr },
          fresh: freshFigures,
        },
      },
      null,
      1,
    ) + '\n',
  );
  writeFileSync(
    join(OUT, 'entropy-plan.json'),
    JSON.stringify(
      { source: 'scripts/research/storage/entropy-storage.ts', predictedPsnr: chosen.predictedPsnr, steps: chosen.steps },
      null,
      1,
    ) + '\n',
  );
  writeContactSheet(join(CACHE, 'contact-sheet.png'), sheetColumns, heldOut);
  log('done');
}

await main();
