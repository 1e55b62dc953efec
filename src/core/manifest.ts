/** What scripts/prepare-model.ts writes beside the served weights, and what the loader trusts. */
/** `mixed`: uint8 or float16 per weight tensor, chosen by measurement (scripts/mixed-storage.ts). */
export type WeightStorage = 'float32' | 'float16' | 'uint8' | 'mixed';
export const WEIGHT_STORAGES: readonly WeightStorage[] = ['float32', 'float16', 'uint8', 'mixed'];
/** The storage the site loads (README: "Download size and time to first face" says why). */
export const SERVED_STORAGE: WeightStorage = 'float16';
export const SERVED_MODEL_FOLDER = `models/progan-128/${SERVED_STORAGE}/`;

export interface ServedFile {
  path: string;
  bytes: number;
  sha256: string;
}

export interface ModelManifest {
  format: 'face-explorer-model/1';
  name: string;
  source: { package: string; version: string; folder: string; integrity?: string };
  storage: WeightStorage;
  latentSize: number;
  inputName: string;
  outputShape: [number, number, number];
  outputRange: [number, number];
  modelJson: ServedFile;
  shards: ServedFile[];
  totalBytes: number;
  /** For `mixed`: sha256 of the per-tensor plan it was written from, so a new plan rewrites it. */
  planSha256?: string;
}

/** Rejects a manifest that is not one this app can load, naming the first thing wrong. */
export function validateManifest(value: unknown, file: string): ModelManifest {
  const m = value as Partial<ModelManifest> | null;
  const fail = (what: string): never => {
    throw new Error(`${file}: ${what}`);
  };
  if (!m || typeof m !== 'object') fail('not a JSON object');
  if (m!.format !== 'face-explorer-model/1') fail(`unknown format ${JSON.stringify(m!.format)}`);
  if (!Number.isInteger(m!.latentSize) || m!.latentSize! <= 0) fail('latentSize is missing');
  if (!Array.isArray(m!.shards) || m!.shards.length === 0) fail('lists no weight shards');
  for (const f of [m!.modelJson, ...m!.shards!]) {
    if (!f || typeof f.path !== 'string' || !Number.isInteger(f.bytes) || typeof f.sha256 !== 'string') {
      fail(`a file entry is malformed: ${JSON.stringify(f)}`);
    }
    if (f!.path.includes('..') || f!.path.startsWith('/')) fail(`unsafe path ${f!.path}`);
  }
  return m as ModelManifest;
}
