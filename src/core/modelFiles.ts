import type * as tf from '@tensorflow/tfjs-core';
import pLimit from 'p-limit';
import { gunzip, weightDataFromPlanes } from './entropyCodedWeights';
import { validateManifest, type ModelManifest, type ServedFile, type ServedModelFiles } from './manifest';

/** Reads one file of a served model; the browser passes fetch, Node passes fs. */
export type ReadFile = (path: string) => Promise<ArrayBuffer>;

/** A weight or model file that could not be used: the message names the file. */
export class ModelFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'ModelFileError';
  }
}

/**
 * Shards downloading at once, in manifest order. All at once, they share the link and all finish
 * at the end; a few at a time, the first ones are in (checked, decompressing) while the rest
 * arrive. Three, not two: the worker is sometimes busy decompressing when a download ends, and
 * the third keeps the link busy meanwhile.
 */
export const SHARDS_AT_ONCE = 3;

export interface LoadProgress {
  loadedBytes: number;
  totalBytes: number;
}

export interface LoadedModelFiles<M extends ServedModelFiles = ModelManifest> {
  manifest: M;
  artifacts: tf.io.ModelArtifacts;
  bytesRead: number;
}

export async function sha256Hex(data: ArrayBuffer): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  // Insecure contexts have no SubtleCrypto; the size check still runs there.
  if (!subtle) return null;
  const digest = new Uint8Array(await subtle.digest('SHA-256', data));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

async function readChecked(read: ReadFile, file: ServedFile, verifyChecksums: boolean): Promise<ArrayBuffer> {
  return checked(await readNamed(read, file), file, verifyChecksums);
}

async function readNamed(read: ReadFile, file: ServedFile): Promise<ArrayBuffer> {
  try {
    return await read(file.path);
  } catch (error) {
    throw new ModelFileError(file.path, error instanceof Error ? error.message : String(error));
  }
}

async function checked(data: ArrayBuffer, file: ServedFile, verifyChecksums: boolean): Promise<ArrayBuffer> {
  if (data.byteLength !== file.bytes) {
    throw new ModelFileError(file.path, `expected ${file.bytes} bytes, got ${data.byteLength}`);
  }
  if (verifyChecksums) {
    const digest = await sha256Hex(data);
    if (digest !== null && digest !== file.sha256) {
      throw new ModelFileError(file.path, 'checksum mismatch (the file is corrupt or from another model version)');
    }
  }
  return data;
}

function concat(buffers: ArrayBuffer[]): ArrayBuffer {
  const total = buffers.reduce((n, b) => n + b.byteLength, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const b of buffers) {
    out.set(new Uint8Array(b), offset);
    offset += b.byteLength;
  }
  return out.buffer;
}

/**
 * Reads manifest.json, model.json and every shard, checking each against the manifest, and
 * returns in-memory artifacts. Keeping the bytes lets the app rebuild the model on another
 * backend (after a lost GPU context) without fetching again.
 */
export async function loadModelFiles<M extends ServedModelFiles = ModelManifest>(
  read: ReadFile,
  options: {
    verifyChecksums?: boolean;
    onProgress?: (p: LoadProgress) => void;
    /** The manifest's own checks: the generator's by default, validateUpscalerManifest for the upscaler. */
    validate?: (value: unknown, file: string) => M;
  } = {},
): Promise<LoadedModelFiles<M>> {
  const verify = options.verifyChecksums ?? true;
  let manifestJson: unknown;
  try {
    manifestJson = JSON.parse(new TextDecoder().decode(await read('manifest.json')));
  } catch (error) {
    throw new ModelFileError('manifest.json', error instanceof Error ? error.message : String(error));
  }
  const validate = options.validate ?? (validateManifest as unknown as (value: unknown, file: string) => M);
  const manifest = validate(manifestJson, 'manifest.json');
  const modelJsonBytes = await readChecked(read, manifest.modelJson, verify);
  let modelJson: { modelTopology: object; weightsManifest: tf.io.WeightsManifestConfig; signature?: object; format?: string };
  try {
    modelJson = JSON.parse(new TextDecoder().decode(modelJsonBytes));
  } catch {
    throw new ModelFileError(manifest.modelJson.path, 'is not valid JSON');
  }
  let loaded = manifest.modelJson.bytes;
  options.onProgress?.({ loadedBytes: loaded, totalBytes: manifest.totalBytes });
  // Only the download takes a turn: checking a shard does not hold up the next one's request.
  const inTurn = pLimit(SHARDS_AT_ONCE);
  const shardReads = manifest.shards.map(async (file) => {
    const data = await checked(await inTurn(() => readNamed(read, file)), file, verify);
    loaded += data.byteLength;
    options.onProgress?.({ loadedBytes: loaded, totalBytes: manifest.totalBytes });
    return data;
  });
  const weightSpecs = modelJson.weightsManifest.flatMap((group) => group.weights);
  // Entropy-coded shards are decompressed as they arrive, beside the download.
  const planes = manifest.storage === 'entropy-coded' ? gunzip(shardReads) : null;
  planes?.catch(() => {});
  // A shard's own error (it names the file) comes first.
  const shards = await Promise.all(shardReads);
  let weightData: ArrayBuffer;
  try {
    weightData = planes ? weightDataFromPlanes(await planes, weightSpecs) : concat(shards);
  } catch (error) {
    // Checksums catch a corrupt shard first; this is what is left where they cannot run.
    const reason = error instanceof Error ? error.message : String(error);
    throw new ModelFileError(manifest.shards[0]!.path, `the weights could not be decoded (${reason})`);
  }
  return {
    manifest,
    bytesRead: loaded,
    artifacts: {
      modelTopology: modelJson.modelTopology,
      weightSpecs,
      weightData,
      signature: modelJson.signature,
      format: modelJson.format ?? 'graph-model',
    },
  };
}
