/**
 * Which super-resolution network suits generated faces (issue "HD faces"), by the standard
 * protocol: each 128 px face is downscaled ×4 to 32 px by area averaging (8-bit), brought back to
 * 128 px by each network and by bicubic, and scored against the original (PSNR over RGB, SSIM on
 * luma, 4 px border shaved). The app's own pass is 128 → 512, which has no ground truth: its
 * cost is timed on that size (WASM, one thread, medians), and a contact sheet of it is written for
 * checking by eye. Resumable: faces and per-network results are cached under .cache/hd/.
 *
 *   npm run measure-hd -- [--seeds 32] [--sheet 8] [--only esrgan-slim,esrgan-medium]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { readRgbBytes } from '../src/core/faceBytes';
import { latentFromSeed } from '../src/core/latent';
import { planTiles } from '../src/core/tiles';
import { median } from './lib/benchStats';
import { psnr, shave, ssim } from './lib/imageQuality';
import { loadGeneratorFromDisk, useWasmBackend } from './lib/nodeModel';
import { BICUBIC, BILINEAR, downscaleArea, quantize, resize, rgbImage, type RgbImage } from './lib/resample';
import { CANDIDATES, type Candidate } from './hd/candidates';
import { cachedFaces, FACE_SIZE, HD_CACHE_DIR } from './hd/faceCache';
import { writeSheet } from './hd/hdSheet';

const SCALE = 4;
const HD = FACE_SIZE * SCALE;
const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '32' },
    sheet: { type: 'string', default: '8' },
    only: { type: 'string', default: Object.keys(CANDIDATES).join(',') },
    out: { type: 'string', default: resolve(import.meta.dirname, '../models/hd-evaluation.json') },
  },
});

interface Scores {
  psnr: number[];
  ssim: number[];
}
interface CandidateResult extends Scores {
  name: string;
  bytes: number;
  /** 128 → 512 on WASM, one face at a time, after one warm-up pass. */
  msPerHdPass: number[];
  /** The same pass cut into 64 px tiles with 8 px of context: longest tile, and agreement with the whole pass. */
  msLongestTile: number[];
  tiledVsWholePsnr: number[];
}

const toTensor = (image: RgbImage) => tf.tensor4d(image.data, [1, image.height, image.width, 3]).div(255) as tf.Tensor4D;

async function run(candidate: Candidate, faces: RgbImage[], sheetCount: number, sheetDir: string): Promise<CandidateResult> {
  const scores: Scores = { psnr: [], ssim: [] };
  for (const face of faces) {
    const low = toTensor(quantize(downscaleArea(face, SCALE)));
    const up = candidate.upscale(low);
    const [bytes] = await readRgbBytes(up);
    tf.dispose([low, up]);
    const restored = rgbImage(bytes!, FACE_SIZE, FACE_SIZE);
    scores.psnr.push(psnr(shave(face, SCALE), shave(restored, SCALE)));
    scores.ssim.push(ssim(shave(face, SCALE), shave(restored, SCALE)));
  }
  const msPerHdPass: number[] = [];
  const msLongestTile: number[] = [];
  const tiledVsWholePsnr: number[] = [];
  // Warm-up: the first pass at a new size builds kernels.
  tf.tidy(() => candidate.upscale(toTensor(faces[0]!)).dataSync());
  for (const [i, face] of faces.slice(0, sheetCount).entries()) {
    const input = toTensor(face);
    let started = performance.now();
    const whole = candidate.upscale(input);
    const [wholeBytes] = await readRgbBytes(whole);
    msPerHdPass.push(performance.now() - started);
    whole.dispose();
    writeFileSync(resolve(sheetDir, `${i}.rgb`), wholeBytes!);
    const tiled = new Float32Array(HD * HD * 3);
    const tileMs: number[] = [];
    for (const tile of planTiles(FACE_SIZE, FACE_SIZE, 64, 8)) {
      started = performance.now();
      const region = input.slice([0, tile.inputY, tile.inputX, 0], [1, tile.inputHeight, tile.inputWidth, 3]) as tf.Tensor4D;
      const out = candidate.upscale(region);
      const [rgb] = await readRgbBytes(out);
      tf.dispose([region, out]);
      tileMs.push(performance.now() - started);
      const regionWidth = tile.inputWidth * SCALE;
      for (let y = 0; y < tile.height * SCALE; y++) {
        for (let x = 0; x < tile.width * SCALE; x++) {
          const from = (((tile.y - tile.inputY) * SCALE + y) * regionWidth + (tile.x - tile.inputX) * SCALE + x) * 3;
          const to = ((tile.y * SCALE + y) * HD + tile.x * SCALE + x) * 3;
          tiled.set(rgb!.subarray(from, from + 3), to);
        }
      }
    }
    input.dispose();
    msLongestTile.push(Math.max(...tileMs));
    tiledVsWholePsnr.push(psnr(rgbImage(wholeBytes!, HD, HD), { data: tiled, width: HD, height: HD }));
  }
  return { name: candidate.name, bytes: candidate.bytes, ...scores, msPerHdPass, msLongestTile, tiledVsWholePsnr };
}

async function faceCost(): Promise<number[]> {
  const generator = await loadGeneratorFromDisk('float16');
  await generator.warmUp();
  const ms: number[] = [];
  for (let seed = 0; seed < 5; seed++) {
    const started = performance.now();
    const face = generator.generateFrom([latentFromSeed(seed, generator.latentSize)]);
    await face.data();
    ms.push(performance.now() - started);
    face.dispose();
  }
  generator.dispose();
  return ms;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

async function main() {
  await useWasmBackend();
  const seeds = Array.from({ length: Number(values.seeds) }, (_, i) => i);
  const sheetCount = Math.min(Number(values.sheet), seeds.length);
  const faces = (await cachedFaces(seeds)).map((rgb) => rgbImage(rgb, FACE_SIZE, FACE_SIZE));
  const baseline = (kernel: typeof BICUBIC): Scores => {
    const s: Scores = { psnr: [], ssim: [] };
    for (const face of faces) {
      const restored = quantize(resize(quantize(downscaleArea(face, SCALE)), FACE_SIZE, FACE_SIZE, kernel));
      s.psnr.push(psnr(shave(face, SCALE), shave(restored, SCALE)));
      s.ssim.push(ssim(shave(face, SCALE), shave(restored, SCALE)));
    }
    return s;
  };
  const results: CandidateResult[] = [];
  for (const key of values.only.split(',')) {
    const cached = resolve(HD_CACHE_DIR, `result-${key}-${seeds.length}.json`);
    const sheetDir = resolve(HD_CACHE_DIR, 'sheet', key);
    if (existsSync(cached)) {
      results.push(JSON.parse(readFileSync(cached, 'utf8')) as CandidateResult);
      continue;
    }
    mkdirSync(sheetDir, { recursive: true });
    const candidate = await CANDIDATES[key]!();
    const result = await run(candidate, faces, sheetCount, sheetDir);
    candidate.dispose();
    writeFileSync(cached, JSON.stringify(result));
    results.push(result);
    console.error(`measure-hd: ${key}: ${mean(result.psnr).toFixed(2)} dB, ${median(result.msPerHdPass).toFixed(0)} ms per 128→512 pass`);
  }
  const msPerFace = await faceCost();
  const bicubic = baseline(BICUBIC);
  const bilinear = baseline(BILINEAR);
  // Contact sheet: 128 → 512 with the canvas's bilinear smoothing, then each network.
  const keys = values.only.split(',');
  const rows = faces
    .slice(0, sheetCount)
    .map((face, i) => [
      Uint8Array.from(quantize(resize(face, HD, HD, BILINEAR)).data),
      ...keys.map((key) => new Uint8Array(readFileSync(resolve(HD_CACHE_DIR, 'sheet', key, `${i}.rgb`)))),
    ]);
  writeSheet(resolve(HD_CACHE_DIR, 'contact-sheet.png'), rows, HD);
  writeSheet(resolve(HD_CACHE_DIR, 'contact-sheet-eyes.png'), rows.slice(0, 4), HD, { x: 96, y: 150, size: 320 });
  const summary = {
    protocol:
      '128 px generated faces (seeds 0..N-1, float32 weights, WASM), area-downscaled ×4 to 32 px (8-bit), upscaled ×4 back to 128 px; PSNR over RGB and SSIM on BT.601 luma (11×11 Gaussian, σ 1.5), 4 px border shaved. Cost: 128 → 512 passes on tfjs WASM in Node, 1 thread, one warm-up pass; face cost: float16 generator, 5 faces.',
    date: new Date().toISOString().slice(0, 10),
    seeds: seeds.length,
    medianMsPerFace: median(msPerFace),
    baselines: {
      bicubic: { psnr: mean(bicubic.psnr), ssim: mean(bicubic.ssim) },
      bilinear: { psnr: mean(bilinear.psnr), ssim: mean(bilinear.ssim) },
    },
    candidates: results.map((r) => ({
      name: r.name,
      bytes: r.bytes,
      psnr: mean(r.psnr),
      ssim: mean(r.ssim),
      psnrGainOverBicubic: mean(r.psnr.map((p, i) => p - bicubic.psnr[i]!)),
      facesBeatingBicubic: r.psnr.filter((p, i) => p > bicubic.psnr[i]!).length,
      medianMsPerHdPass: median(r.msPerHdPass),
      hdPassesTimed: r.msPerHdPass.length,
      costInFaces: median(r.msPerHdPass) / median(msPerFace),
      medianMsLongestTile64: median(r.msLongestTile),
      tiledVsWholeMinPsnr: Math.min(...r.tiledVsWholePsnr),
    })),
  };
  writeFileSync(values.out, JSON.stringify(summary, null, 2) + '\n');
  const f = (x: number, d = 2) => x.toFixed(d);
  console.log(`\nN = ${seeds.length} faces; one face = ${f(summary.medianMsPerFace, 0)} ms (median of 5)\n`);
  console.log(
    '| method | PSNR dB (32→128) | SSIM | Δ PSNR vs bicubic | ms per 128→512 pass (WASM) | × a face | longest 64 px tile ms | bytes |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  console.log(`| bilinear | ${f(summary.baselines.bilinear.psnr)} | ${f(summary.baselines.bilinear.ssim, 4)} | | | | | |`);
  console.log(`| bicubic | ${f(summary.baselines.bicubic.psnr)} | ${f(summary.baselines.bicubic.ssim, 4)} | 0 | | | | |`);
  for (const c of summary.candidates) {
    console.log(
      `| ${c.name} | ${f(c.psnr)} | ${f(c.ssim, 4)} | ${c.psnrGainOverBicubic >= 0 ? '+' : ''}${f(c.psnrGainOverBicubic)} | ${f(c.medianMsPerHdPass, 0)} (n=${c.hdPassesTimed}) | ${f(c.costInFaces)} | ${f(c.medianMsLongestTile64, 0)} | ${c.bytes} |`,
    );
  }
}

await main();
