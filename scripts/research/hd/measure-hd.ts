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
import { readRgbBytes } from '../../../src/core/faceBytes';
import { latentFromSeed } from '../../../src/core/latent';
import { planTiles } from '../../../src/core/tiles';
import { median } from '../../bench/benchStats';
import { psnr, shave, ssim } from './imageQuality';
import { loadGeneratorFromDisk, useWasmBackend } from '../../lib/nodeModel';
import { BICUBIC, BILINEAR, downscaleArea, quantize, resize, rgbImage, type RgbImage } from './resample';
import { CANDIDATES, type Candidate } from './candidates';
import { cachedFaces, FACE_SIZE, HD_CACHE_DIR } from './faceCache';
import { writeSheet } from './hdSheet';

const SCALE = 4;
/**
 * The two big networks cost several faces a pass: they get fewer timed 128 → 512 passes (and
 * sheet columns), and no tile measurement, which only matters for a network the app could ship.
 */
const HEAVY = new Set(['esrgan-thick', 'tfjs-models-esrgan']);
const HEAVY_PASSES = 3;
const HD = FACE_SIZE * SCALE;
const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '32' },
    sheet: { type: 'string', default: '8' },
    only: { type: 'string', default: Object.keys(CANDIDATES).join(',') },
    out: { type: 'string', default: resolve(import.meta.dirname, '../../../models/hd-evaluation.json') },
  },
});

interface Scores {
  psnr: number[];
  ssim: number[];
}
/** How the 32 px input is made: area averaging, or MATLAB-style anti-aliased bicubic (DIV2K's). */
const DEGRADATIONS = { area: (face: RgbImage) => downscaleArea(face, SCALE), bicubic: (face: RgbImage) => resize(face, 32, 32, BICUBIC) };
type Degradation = keyof typeof DEGRADATIONS;
const lowRes = (face: RgbImage, how: Degradation) => quantize(DEGRADATIONS[how](face));

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

async function run(
  candidate: Candidate,
  faces: RgbImage[],
  sheetCount: number,
  sheetDir: string,
  measureTiles: boolean,
): Promise<CandidateResult> {
  const scores = await restorationScores(candidate, faces, 'area');
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
    if (!measureTiles) {
      input.dispose();
      continue;
    }
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

async function restorationScores(candidate: Candidate, faces: RgbImage[], how: Degradation): Promise<Scores> {
  const scores: Scores = { psnr: [], ssim: [] };
  for (const face of faces) {
    const low = toTensor(lowRes(face, how));
    const up = candidate.upscale(low);
    const [bytes] = await readRgbBytes(up);
    tf.dispose([low, up]);
    const restored = rgbImage(bytes!, FACE_SIZE, FACE_SIZE);
    scores.psnr.push(psnr(shave(face, SCALE), shave(restored, SCALE)));
    scores.ssim.push(ssim(shave(face, SCALE), shave(restored, SCALE)));
  }
  return scores;
}

/**
 * A face and each light network's 128 → 512 pass, alternately, so that the ratio compares them
 * under the same load (this machine is shared): medians over `rounds`.
 */
async function interleavedCost(keys: string[], faces: RgbImage[], rounds = 5) {
  const generator = await loadGeneratorFromDisk('float16');
  await generator.warmUp();
  const candidates = await Promise.all(keys.map((key) => CANDIDATES[key]!()));
  for (const c of candidates) tf.tidy(() => c.upscale(toTensor(faces[0]!)).dataSync());
  const face: number[] = [];
  const passes = candidates.map(() => [] as number[]);
  const time = async (work: () => tf.Tensor) => {
    const started = performance.now();
    const out = work();
    await out.data();
    out.dispose();
    return performance.now() - started;
  };
  for (let r = 0; r < rounds; r++) {
    face.push(await time(() => generator.generateFrom([latentFromSeed(r, generator.latentSize)])));
    for (const [i, c] of candidates.entries()) {
      const input = toTensor(faces[r % faces.length]!);
      passes[i]!.push(await time(() => c.upscale(input)));
      input.dispose();
    }
  }
  generator.dispose();
  for (const c of candidates) c.dispose();
  return {
    msPerFace: median(face),
    rounds,
    ratios: Object.fromEntries(
      keys.map((k, i) => [k, { msPerHdPass: median(passes[i]!), costInFaces: median(passes[i]!) / median(face) }]),
    ),
  };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

async function main() {
  await useWasmBackend();
  const seeds = Array.from({ length: Number(values.seeds) }, (_, i) => i);
  const sheetCount = Math.min(Number(values.sheet), seeds.length);
  const faces = (await cachedFaces(seeds)).map((rgb) => rgbImage(rgb, FACE_SIZE, FACE_SIZE));
  const baseline = (kernel: typeof BICUBIC, how: Degradation = 'area'): Scores => {
    const s: Scores = { psnr: [], ssim: [] };
    for (const face of faces) {
      const restored = quantize(resize(lowRes(face, how), FACE_SIZE, FACE_SIZE, kernel));
      s.psnr.push(psnr(shave(face, SCALE), shave(restored, SCALE)));
      s.ssim.push(ssim(shave(face, SCALE), shave(restored, SCALE)));
    }
    return s;
  };
  const results: CandidateResult[] = [];
  const bicubicDegraded = new Map<string, Scores>();
  for (const key of values.only.split(',')) {
    const cached = resolve(HD_CACHE_DIR, `result-${key}-${seeds.length}.json`);
    const sheetDir = resolve(HD_CACHE_DIR, 'sheet', key);
    const scoresPath = resolve(HD_CACHE_DIR, `scores-bicubic-${key}-${seeds.length}.json`);
    if (!existsSync(scoresPath)) {
      const candidate = await CANDIDATES[key]!();
      writeFileSync(scoresPath, JSON.stringify(await restorationScores(candidate, faces, 'bicubic')));
      candidate.dispose();
    }
    bicubicDegraded.set(key, JSON.parse(readFileSync(scoresPath, 'utf8')) as Scores);
    if (existsSync(cached)) {
      results.push(JSON.parse(readFileSync(cached, 'utf8')) as CandidateResult);
      continue;
    }
    mkdirSync(sheetDir, { recursive: true });
    const candidate = await CANDIDATES[key]!();
    const heavy = HEAVY.has(key);
    const result = await run(candidate, faces, heavy ? Math.min(HEAVY_PASSES, sheetCount) : sheetCount, sheetDir, !heavy);
    candidate.dispose();
    writeFileSync(cached, JSON.stringify(result));
    results.push(result);
    console.error(`measure-hd: ${key}: ${mean(result.psnr).toFixed(2)} dB, ${median(result.msPerHdPass).toFixed(0)} ms per 128→512 pass`);
  }
  const light = values.only.split(',').filter((key) => !HEAVY.has(key));
  const cost = await interleavedCost(light, faces);
  const msPerFace = [cost.msPerFace];
  const bicubic = baseline(BICUBIC);
  const bicubicOfBicubic = baseline(BICUBIC, 'bicubic');
  const bilinear = baseline(BILINEAR);
  // Contact sheet: 128 → 512 with the canvas's bilinear smoothing, then each network.
  const keys = values.only.split(',');
  const rows = faces.slice(0, sheetCount).map((face, i) => [
    Uint8Array.from(quantize(resize(face, HD, HD, BILINEAR)).data),
    ...keys.map((key) => {
      const path = resolve(HD_CACHE_DIR, 'sheet', key, `${i}.rgb`);
      // Heavy networks were run on the first faces only: their other cells stay white.
      return existsSync(path) ? new Uint8Array(readFileSync(path)) : new Uint8Array(HD * HD * 3).fill(255);
    }),
  ]);
  writeSheet(resolve(HD_CACHE_DIR, 'contact-sheet.png'), rows, HD);
  writeSheet(resolve(HD_CACHE_DIR, 'contact-sheet-eyes.png'), rows.slice(0, 4), HD, { x: 96, y: 150, size: 320 });
  const keyOf = (name: string) => keys.find((k) => name.startsWith(k.replace('tfjs-models-', 'tfjs-models ')))!;
  const summary = {
    protocol:
      '128 px generated faces (seeds 0..N-1, float32 weights, WASM), area-downscaled ×4 to 32 px (8-bit), upscaled ×4 back to 128 px; PSNR over RGB and SSIM on BT.601 luma (11×11 Gaussian, σ 1.5), 4 px border shaved. Cost: 128 → 512 passes on tfjs WASM in Node, 1 thread, one warm-up pass; face cost: float16 generator. Light networks: face and pass timed alternately (interleaved, same load), medians of 5; heavy ones (3 passes, 2026-11-28 07:10, face then 8.1 s): no ratio here. Second protocol: the 32 px input made by anti-aliased bicubic downscaling (MATLAB imresize, as DIV2K was made).',
    date: new Date().toISOString().slice(0, 10),
    seeds: seeds.length,
    medianMsPerFace: median(msPerFace),
    baselines: {
      bicubic: { psnr: mean(bicubic.psnr), ssim: mean(bicubic.ssim) },
      bilinear: { psnr: mean(bilinear.psnr), ssim: mean(bilinear.ssim) },
      bicubicOnBicubicDownscale: { psnr: mean(bicubicOfBicubic.psnr), ssim: mean(bicubicOfBicubic.ssim) },
    },
    candidates: results.map((r) => ({
      name: r.name,
      bytes: r.bytes,
      psnr: mean(r.psnr),
      ssim: mean(r.ssim),
      psnrGainOverBicubic: mean(r.psnr.map((p, i) => p - bicubic.psnr[i]!)),
      facesBeatingBicubic: r.psnr.filter((p, i) => p > bicubic.psnr[i]!).length,
      onBicubicDownscale: (() => {
        const s = bicubicDegraded.get(keyOf(r.name))!;
        return { psnr: mean(s.psnr), ssim: mean(s.ssim), psnrGainOverBicubic: mean(s.psnr.map((p, i) => p - bicubicOfBicubic.psnr[i]!)) };
      })(),
      medianMsPerHdPass: cost.ratios[keyOf(r.name)]?.msPerHdPass ?? median(r.msPerHdPass),
      hdPassesTimed: cost.ratios[keyOf(r.name)] ? cost.rounds : r.msPerHdPass.length,
      // Heavy networks were timed in their own run, under another load: no ratio against this face.
      costInFaces: cost.ratios[keyOf(r.name)]?.costInFaces ?? null,
      medianMsLongestTile64: r.msLongestTile.length ? median(r.msLongestTile) : null,
      maxMsLongestTile64: r.msLongestTile.length ? Math.max(...r.msLongestTile) : null,
      tiledVsWholeMinPsnr: r.tiledVsWholePsnr.length ? Math.min(...r.tiledVsWholePsnr) : null,
    })),
  };
  writeFileSync(values.out, JSON.stringify(summary, null, 2) + '\n');
  const f = (x: number, d = 2) => x.toFixed(d);
  console.log(`\nN = ${seeds.length} faces; one face = ${f(summary.medianMsPerFace, 0)} ms (median of 5)\n`);
  const signed = (x: number) => `${x >= 0 ? '+' : ''}${f(x)}`;
  const b = summary.baselines;
  console.log(
    '| method | area ↓: PSNR dB | SSIM | Δ vs bicubic | bicubic ↓: PSNR dB | SSIM | Δ vs bicubic | ms per 128→512 pass (WASM) | × a face | longest 64 px tile ms | bytes |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  console.log(`| bilinear (the app without HD) | ${f(b.bilinear.psnr)} | ${f(b.bilinear.ssim, 4)} | | | | | | | | |`);
  console.log(
    `| bicubic | ${f(b.bicubic.psnr)} | ${f(b.bicubic.ssim, 4)} | 0 | ${f(b.bicubicOnBicubicDownscale.psnr)} | ${f(b.bicubicOnBicubicDownscale.ssim, 4)} | 0 | | | | |`,
  );
  for (const c of summary.candidates) {
    const o = c.onBicubicDownscale;
    console.log(
      `| ${c.name} | ${f(c.psnr)} | ${f(c.ssim, 4)} | ${signed(c.psnrGainOverBicubic)} | ${f(o.psnr)} | ${f(o.ssim, 4)} | ${signed(o.psnrGainOverBicubic)} | ${f(c.medianMsPerHdPass, 0)} (n=${c.hdPassesTimed}) | ${c.costInFaces === null ? '–' : f(c.costInFaces)} | ${c.medianMsLongestTile64 === null ? '–' : `${f(c.medianMsLongestTile64, 0)} (max ${f(c.maxMsLongestTile64!, 0)})`} | ${c.bytes} |`,
    );
  }
}

await main();
