/** Reading face-api's weight files (manifest + shards) through an injected reader, no fetch or fs here. */
import * as tf from '@tensorflow/tfjs-core';

/** Reads one file of face-api's model folder by name, e.g. "age_gender_model.bin". */
export type ReadWeightFile = (fileName: string) => Promise<ArrayBuffer>;

/** face-api's model folder file names, without "-weights_manifest.json" / ".bin". */
export const FACE_API_MODELS = {
  detector: 'tiny_face_detector_model',
  landmarks: 'face_landmark_68_model',
  ageGender: 'age_gender_model',
  expressions: 'face_expression_model',
  recognition: 'face_recognition_model',
} as const;

export async function loadWeightMap(read: ReadWeightFile, modelName: string): Promise<tf.NamedTensorMap> {
  const manifestFile = `${modelName}-weights_manifest.json`;
  const manifest = JSON.parse(new TextDecoder().decode(await read(manifestFile))) as tf.io.WeightsManifestConfig;
  const map: tf.NamedTensorMap = {};
  for (const group of manifest) {
    const parts = await Promise.all(group.paths.map((path) => read(path)));
    const joined = new Uint8Array(parts.reduce((n, part) => n + part.byteLength, 0));
    let offset = 0;
    for (const part of parts) {
      joined.set(new Uint8Array(part), offset);
      offset += part.byteLength;
    }
    Object.assign(map, tf.io.decodeWeights(joined.buffer, group.weights));
  }
  return map;
}
