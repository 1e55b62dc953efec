/**
 * Mixed-precision weight storage, chosen by measurement (resumable; CPU-heavy, run it niced):
 *  1. sensitivity: each large weight tensor alone coded in uint8 (full range, and clipped),
 *     the rest float32; the faces of the choice seeds against float32's;
 *  2. for a range of byte budgets, the least-error set of uint8 tensors (storageChoice.ts);
 *  3. each plan built as the site would serve it (tfjs decodes the codes) and measured on
 *     held-out seeds never used for the choice: bytes against mean and worst PSNR.
 * Results are cached per step in .cache/storage/; the curve and the chosen plan are written to
 * scripts/storage/ and a contact sheet to .cache/storage/contact-sheet.png.
 *
 *   nice -n 10 tsx scripts/mixed-storage.ts [--seeds 16] [--budgets-mb 23,25,28,32,38] [--encodings uint8,uint8-clipped]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type * as tf from '@tensorflow/tfjs';
import { FaceGenerator } from '../src/core/generator';
import { latentFromSeed } from '../src/core/latent';
import { loadModelFiles, type LoadedModelFiles } from '../src/core/modelFiles';
import { psnr } from './measure-storage';
import { MODELS_DIR, useWasmBackend } from './lib/nodeModel';
import { bestCodings, choosePlan, psnrFromMse, smallestPlanWithin, type LayerSensitivity, type StoragePlan } from './lib/storageChoice';
import { clippedErrorRatio, encodeFloat32, type TensorEncoding } from './lib/weightQuantization';
import { writeContactSheet } from './storage/contactSheet';

const CACHE = resolve(import.meta.dirname, '../.cache/storage');
const OUT = resolve(import.meta.dirname, 'storage');
/** Tensors smaller than this (biases, scalars, shapes) stay float16: a few KB in all. */
const LARGE = 4096;
const log = (line: string) => console.error(`mixed-storage: ${new Date().toISOString().slice(11, 19)} ${line}`);

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

/**
 * A clipped code's effect on the faces, where it was not measured: the full-range code's measured
 * error scaled by how much less the clipped code changes the weights (first order in small
 * perturbations). The held-out evaluation measures the plans built from it.
 */
function estimateClipped(measured: LayerSensitivity[], large: Tensor[]): LayerSensitivity[] {
  const clippedSeen = new Set(measured.filter((m) => m.encoding === 'uint8-clipped').map((m) => m.name));
  return measured
    .filter((m) => m.encoding === 'uint8' && !clippedSeen.has(m.name))
    .map((m) => {
      const unit = m.name.split('+').map((name) => large.find((t) => t.spec.name === name)!);
      const ratio = unit.reduce((sum, t) => sum + clippedErrorRatio(floats(t)) * t.bytes.byteLength, 0) / unitBytes(unit);
      return { ...m, encoding: 'uint8-clipped' as const, mse: m.mse * ratio, estimated: true };
    });
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

/** A plan's units back to tensor names. */
const tensorPlan = (units: Record<string, TensorEncoding>) =>
  Object.fromEntries(Object.entries(units).flatMap(([unit, encoding]) => unit.split('+').map((name) => [name, encoding] as const)));

const planKey = (plan: Record<string, TensorEncoding>) =>
  createHash('sha256')
    .update(JSON.stringify(Object.entries(plan).sort()))
    .digest('hex')
    .slice(0, 12);

async function main() {
  const { values } = parseArgs({
    options: {
      seeds: { type: 'string', default: '16' },
      'budgets-mb': { type: 'string', default: '23,25,28,32,38' },
      encodings: { type: 'string', default: 'uint8,uint8-clipped' },
      'largest-first': { type: 'boolean', default: false },
      'target-db': { type: 'string', default: '51' },
      groups: { type: 'string', default: '' },
      'held-out': { type: 'string', default: '16' },
    },
  });
  const count = Number(values.seeds);
  const choiceSeeds = Array.from({ length: count }, (_, i) => i);
  const heldOutSeeds = Array.from({ length: count }, (_, i) => 100_000 + i);
  const heldOut = Number(values['held-out']);
  mkdirSync(CACHE, { recursive: true });
  await useWasmBackend();
  const dir = join(MODELS_DIR, 'float32');
  const base = await loadModelFiles(async (path) => {
    const data = await readFile(join(dir, path));
    return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
  });
  const tensors = splitTensors(base);
  const large = tensors.filter(isLarge);
  log(`${large.length} large tensors of ${tensors.length}; seeds: choice 0..${count - 1}, held out ${heldOutSeeds[0]}..`);

  const all = (encoding: TensorEncoding) => artifactsFor(base, tensors, () => encoding);
  const reference = await cachedFaces(`reference-choice-${count}`, () => faces(all('float32'), base, choiceSeeds));
  const heldReference = await cachedFaces(`reference-heldout-${count}`, () => faces(all('float32'), base, heldOutSeeds));
  const heldSubset = heldReference.subarray(0, (heldReference.length / count) * heldOut);
  log('references ready');

  const measured: LayerSensitivity[] = [];
  const encodings = values.encodings!.split(',') as TensorEncoding[];
  for (const encoding of encodings) {
    // Smallest first: the late, high-resolution tensors decide what fits a tight budget. A second
    // run with --largest-first shares the work through the cache.
    const order = unitsOf(large, values.groups!).sort((a, b) => unitBytes(a) - unitBytes(b));
    if (values['largest-first']) order.reverse();
    for (const unit of order) {
      const key = unit.map((t) => large.indexOf(t)).join('+');
      const name = unit.map((t) => t.spec.name).join('+');
      const result = await cachedJson(`layer-${count}-${key}-${encoding}`, async () => {
        const started = performance.now();
        const image = await faces(
          artifactsFor(base, tensors, (t) => (unit.includes(t) ? encoding : 'float32')),
          base,
          choiceSeeds,
        );
        const r = { name, elements: unitBytes(unit) / 4, encoding, mse: meanSquaredError(reference, image) };
        log(`${name} ${encoding}: ${psnrFromMse(r.mse).toFixed(1)} dB (${((performance.now() - started) / 1000).toFixed(0)} s)`);
        return r;
      });
      measured.push(result);
    }
  }

  const smallBytes = tensors
    .filter((t) => !isLarge(t))
    .reduce((n, t) => n + (t.spec.dtype === 'float32' ? t.bytes.byteLength / 2 : t.bytes.byteLength), 0);
  const codings = bestCodings([...measured, ...estimateClipped(measured, large)]);
  const plans: StoragePlan[] = values['budgets-mb']!.split(',').map((mb) => choosePlan(codings, Number(mb) * 1e6 - smallBytes)!);
  const reaching = smallestPlanWithin(codings, 10 ** (-Number(values['target-db']) / 10));
  if (reaching) plans.push(reaching);
  plans.sort((a, b) => a.weightBytes - b.weightBytes);
  if (values['largest-first']) plans.reverse();
  const curve = [];
  const sheetColumns: { label: string; faces: Float32Array }[] = [{ label: 'float32', faces: heldSubset }];
  for (const plan of plans) {
    const uint8 = tensorPlan(plan.uint8);
    const encodingOf = (t: Tensor): TensorEncoding => (isLarge(t) ? (uint8[t.spec.name] ?? 'float16') : 'float16');
    const image = await cachedFaces(`heldout-${heldOut}-${planKey(uint8)}`, () =>
      faces(artifactsFor(base, tensors, encodingOf), base, heldOutSeeds.slice(0, heldOut)),
    );
    const scores = psnrs(heldSubset, image, heldOut);
    const point = {
      weightBytes: plan.weightBytes + smallBytes,
      uint8Tensors: Object.keys(uint8).length,
      predictedPsnr: Number(psnrFromMse(plan.predictedMse).toFixed(2)),
      meanPsnr: Number((scores.reduce((a, b) => a + b, 0) / heldOut).toFixed(2)),
      worstPsnr: Number(Math.min(...scores).toFixed(2)),
      plan: uint8,
    };
    curve.push(point);
    log(
      `${(point.weightBytes / 1e6).toFixed(2)} MB: mean ${point.meanPsnr} dB, worst ${point.worstPsnr} dB (predicted ${point.predictedPsnr})`,
    );
    sheetColumns.push({ label: `${(point.weightBytes / 1e6).toFixed(1)} MB`, faces: image });
  }
  curve.sort((a, b) => a.weightBytes - b.weightBytes);
  // The mixed storage: the smallest plan that keeps faces indistinguishable on held-out seeds.
  const chosen = curve.find((p) => p.meanPsnr >= 50 && p.worstPsnr >= 45) ?? curve.at(-1)!;
  mkdirSync(OUT, { recursive: true });
  writeFileSync(
    join(OUT, 'mixed-storage-curve.json'),
    JSON.stringify(
      {
        measured: 'tfjs WASM backend in Node; PSNR of [0,1] faces against float32; held-out seeds not used for the choice',
        choiceSeeds: [choiceSeeds[0], choiceSeeds.at(-1)],
        heldOutSeeds: [heldOutSeeds[0], heldOutSeeds[heldOut - 1]],
        groups: values.groups,
        sensitivity: measured.map((m) => ({ ...m, psnr: Number(psnrFromMse(m.mse).toFixed(2)) })),
        curve,
        chosen: { weightBytes: chosen.weightBytes, meanPsnr: chosen.meanPsnr, worstPsnr: chosen.worstPsnr },
      },
      null,
      1,
    ) + '\n',
  );
  writeFileSync(join(OUT, 'mixed-plan.json'), JSON.stringify({ source: 'scripts/mixed-storage.ts', uint8: chosen.plan }, null, 1) + '\n');
  writeContactSheet(join(CACHE, 'contact-sheet.png'), sheetColumns, heldOut);
  log('done');
}

await main();
