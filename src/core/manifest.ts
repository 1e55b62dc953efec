/** What scripts/build/prepare-model.ts writes beside the served weights, and what the loader trusts. */
/**
 * `entropy-coded`: each large tensor rounded to its own step (chosen by measurement,
 * scripts/research/storage/entropy-storage.ts) and gzip-coded (core/entropyCodedWeights.ts).
 */
export type WeightStorage = 'float32' | 'float16' | 'uint8' | 'entropy-coded';
export const WEIGHT_STORAGES: readonly WeightStorage[] = ['float32', 'float16', 'uint8', 'entropy-coded'];
/** The storage the site loads (docs/model-and-storage.md, "Download size and time to first face", says why). */
export const SERVED_STORAGE: WeightStorage = 'entropy-coded';
export const SERVED_MODEL_FOLDER = `models/progan-128/${SERVED_STORAGE}/`;

export interface ServedFile {
  path: string;
  bytes: number;
  sha256: string;
}

/** What every served model's manifest lists, and what the loader checks every file against. */
export interface ServedModelFiles {
  name: string;
  source: { package: string; version: string; folder: string; integrity?: string };
  storage: WeightStorage;
  modelJson: ServedFile;
  shards: ServedFile[];
  totalBytes: number;
  /** How scripts/build/prepare-model.ts changed the package's graph (same outputs), e.g. fused ops. */
  graphRewrites?: string[];
  /** For `entropy-coded`: sha256 of the per-tensor steps it was written from, so new steps rewrite it. */
  planSha256?: string;
}

export interface ModelManifest extends ServedModelFiles {
  format: 'face-explorer-model/1';
  latentSize: number;
  inputName: string;
  outputShape: [number, number, number];
  outputRange: [number, number];
}

/** The HD pass's super-resolution network (a Keras layers model), served like the generator. */
export interface UpscalerManifest extends ServedModelFiles {
  format: 'face-explorer-upscaler/1';
  scale: number;
  /** The pixel range the network reads and writes. */
  pixelRange: [number, number];
}

type Fail = (what: string) => never;

function failWith(file: string): Fail {
  return (what) => {
    throw new Error(`${file}: ${what}`);
  };
}

function validateFileEntries(m: Partial<ServedModelFiles>, fail: Fail): void {
  if (!Array.isArray(m.shards) || m.shards.length === 0) fail('lists no weight shards');
  for (const f of [m.modelJson, ...m.shards!]) {
    if (!f || typeof f.path !== 'string' || !Number.isInteger(f.bytes) || typeof f.sha256 !== 'string') {
      fail(`a file entry is malformed: ${JSON.stringify(f)}`);
    }
    if (f!.path.includes('..') || f!.path.startsWith('/')) fail(`unsafe path ${f!.path}`);
  }
}

/** Rejects a manifest that is not one this app can load, naming the first thing wrong. */
export function validateManifest(value: unknown, file: string): ModelManifest {
  const m = value as Partial<ModelManifest> | null;
  const fail = failWith(file);
  if (!m || typeof m !== 'object') fail('not a JSON object');
  if (m!.format !== 'face-explorer-model/1') fail(`unknown format ${JSON.stringify(m!.format)}`);
  if (!Number.isInteger(m!.latentSize) || m!.latentSize! <= 0) fail('latentSize is missing');
  validateFileEntries(m!, fail);
  return m as ModelManifest;
}

export function validateUpscalerManifest(value: unknown, file: string): UpscalerManifest {
  const m = value as Partial<UpscalerManifest> | null;
  const fail = failWith(file);
  if (!m || typeof m !== 'object') fail('not a JSON object');
  if (m!.format !== 'face-explorer-upscaler/1') fail(`unknown format ${JSON.stringify(m!.format)}`);
  if (!Number.isInteger(m!.scale) || m!.scale! < 2) fail('scale is missing');
  if (!Array.isArray(m!.pixelRange) || m!.pixelRange.length !== 2) fail('pixelRange is missing');
  validateFileEntries(m!, fail);
  return m as UpscalerManifest;
}
