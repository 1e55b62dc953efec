/** Loading face-api's networks for a FaceMeasurer: separate from measuring, as tfjs-models does. */
import * as tf from '@tensorflow/tfjs-core';
import { FACE_API_MODELS, loadWeightMap, type ReadWeightFile } from './faceApiWeights';
import { DEFAULT_FACE_MEASURER_CONFIG, FaceMeasurer, type FaceApiModule, type FaceMeasurerConfig } from './faceMeasurer';

/**
 * Loads the networks (four, and the recognition net when descriptors are asked for) into face-api's shared nets and returns a measurer. Fails clearly if
 * the face-api build was linked against another copy of tfjs: its tensors would not be ours, and
 * it would fall back to canvas code that Node lacks.
 */
export async function loadFaceMeasurer(
  faceapi: FaceApiModule,
  readWeightFile: ReadWeightFile,
  config: Partial<FaceMeasurerConfig> = {},
): Promise<FaceMeasurer> {
  if ((faceapi.tf as unknown as { Tensor: unknown }).Tensor !== tf.Tensor) {
    throw new Error('this face-api build uses its own copy of tfjs; use face-api.node-wasm (Node) or face-api.esm-nobundle (browser)');
  }
  const full = { ...DEFAULT_FACE_MEASURER_CONFIG, ...config };
  const nets = faceapi.nets;
  const pairs = [
    [nets.tinyFaceDetector, FACE_API_MODELS.detector],
    [nets.faceLandmark68Net, FACE_API_MODELS.landmarks],
    [nets.ageGenderNet, FACE_API_MODELS.ageGender],
    [nets.faceExpressionNet, FACE_API_MODELS.expressions],
    ...(full.descriptor ? ([[nets.faceRecognitionNet, FACE_API_MODELS.recognition]] as const) : []),
  ] as const;
  for (const [net, name] of pairs) {
    if (net.isLoaded) continue;
    const weightMap = await loadWeightMap(readWeightFile, name);
    net.loadFromWeightMap(weightMap as unknown as Parameters<typeof net.loadFromWeightMap>[0]);
  }
  return new FaceMeasurer(faceapi, full);
}
