/**
 * What each weight storage costs and gives: bytes served, and the PSNR of its faces against
 * float32's for the same seeds (Node, tfjs WASM backend, the files the site serves).
 *
 *   tsx scripts/research/storage/measure-storage.ts [--seeds 16]
 */
import { parseArgs } from 'node:util';
import { latentFromSeed } from '../../../src/core/latent';
import { WEIGHT_STORAGES, type WeightStorage } from '../../../src/core/manifest';
import { loadGeneratorFromDisk, useWasmBackend } from '../../lib/nodeModel';

/** Peak signal-to-noise ratio in dB for images in [0,1]. */
export function psnr(reference: Float32Array, image: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < reference.length; i++) sum += (reference[i]! - image[i]!) ** 2;
  const mse = sum / reference.length;
  return mse === 0 ? Infinity : 10 * Math.log10(1 / mse);
}

interface StorageFigures {
  storage: WeightStorage;
  bytes: number;
  msPerFace: number;
  psnrs: number[];
}

async function facesFor(storage: WeightStorage, seeds: number[]) {
  const generator = await loadGeneratorFromDisk(storage);
  await generator.warmUp();
  const faces: Float32Array[] = [];
  const started = performance.now();
  for (const seed of seeds) {
    const face = generator.generateFrom([latentFromSeed(seed, generator.latentSize)]);
    faces.push((await face.data()) as Float32Array);
    face.dispose();
  }
  const msPerFace = (performance.now() - started) / seeds.length;
  generator.dispose();
  return { faces, msPerFace, bytes: generator.manifest.totalBytes };
}

async function main() {
  const { values } = parseArgs({ options: { seeds: { type: 'string', default: '16' } } });
  const seeds = Array.from({ length: Number(values.seeds) }, (_, i) => i);
  await useWasmBackend();
  const results: StorageFigures[] = [];
  let reference: Float32Array[] | undefined;
  for (const storage of ['float32', ...WEIGHT_STORAGES.filter((s) => s !== 'float32')] as WeightStorage[]) {
    const { faces, msPerFace, bytes } = await facesFor(storage, seeds);
    reference ??= faces;
    results.push({ storage, bytes, msPerFace, psnrs: faces.map((face, i) => psnr(reference![i]!, face)) });
    console.error(`measure-storage: ${storage} done (${msPerFace.toFixed(0)} ms/face)`);
  }
  const fmt = (db: number) => (Number.isFinite(db) ? db.toFixed(1) : 'ref');
  console.log(`\nStorage vs float32 over seeds 0..${seeds.length - 1} (tfjs WASM backend in Node, 1 thread)\n`);
  console.log('| storage | bytes | MB | mean PSNR dB | min PSNR dB | ms/face |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of results) {
    const mean = r.psnrs.reduce((a, b) => a + b, 0) / r.psnrs.length;
    const min = Math.min(...r.psnrs);
    console.log(`| ${r.storage} | ${r.bytes} | ${(r.bytes / 1e6).toFixed(1)} | ${fmt(mean)} | ${fmt(min)} | ${r.msPerFace.toFixed(0)} |`);
  }
}

if (process.argv[1]?.endsWith('measure-storage.ts')) await main();
