/** What scripts/prepare-model.ts writes beside the served weights, and what the loader trusts. */
export type WeightStorage = 'float32' | 'float16' | 'uint8';
export const WEIGHT_STORAGES: readonly WeightStorage[] = ['float32', 'float16', 'uint8'];

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
