/**
 * face-api's 128-d face descriptors (faceRecognitionNet, dlib-style; same person below Euclidean
 * 0.6) in Node, found the way FaceMeasurer finds faces: the same padding and tiny detector, then
 * the 68 landmarks align the crop the recognition net sees.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as faceapi from '@vladmandic/face-api/dist/face-api.node-wasm.js';
import type * as FaceApi from '@vladmandic/face-api';
import { DEFAULT_FACE_MEASURER_CONFIG, paddedFace, type FaceMeasurerConfig } from '../../src/core/measure/faceMeasurer';
import { FACE_API_MODELS, loadWeightMap } from '../../src/core/measure/faceApiWeights';
import { FACE_API_MODEL_DIR } from './nodeFaceMeasurer';

export const RECOGNITION_MODEL = 'face_recognition_model';

export interface FaceDescription {
  found: boolean;
  detectionScore: number | null;
  descriptor: Float32Array | null;
}

export interface NodeFaceDescriber {
  describeRgb(rgb: Uint8Array, width: number, height: number): Promise<FaceDescription>;
}

/** Call after useWasmBackend(). Loads the detector, landmarks and recognition nets once. */
export async function loadNodeFaceDescriber(config: Partial<FaceMeasurerConfig> = {}): Promise<NodeFaceDescriber> {
  const { padding, padValue, detectorInputSize, detectorScoreThreshold } = { ...DEFAULT_FACE_MEASURER_CONFIG, ...config };
  const read = async (fileName: string) => {
    const data = await readFile(join(FACE_API_MODEL_DIR, fileName));
    return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
  };
  const nets = faceapi.nets;
  const pairs = [
    [nets.tinyFaceDetector, FACE_API_MODELS.detector],
    [nets.faceLandmark68Net, FACE_API_MODELS.landmarks],
    [nets.faceRecognitionNet, RECOGNITION_MODEL],
  ] as const;
  for (const [net, name] of pairs) {
    if (net.isLoaded) continue;
    const weightMap = await loadWeightMap(read, name);
    net.loadFromWeightMap(weightMap as unknown as Parameters<typeof net.loadFromWeightMap>[0]);
  }
  const options = new faceapi.TinyFaceDetectorOptions({ inputSize: detectorInputSize, scoreThreshold: detectorScoreThreshold });
  return {
    async describeRgb(rgb, width, height) {
      const padded = paddedFace(rgb, width, height, { padding, padValue });
      try {
        const input = padded as unknown as FaceApi.TNetInput;
        const result = await faceapi.detectSingleFace(input, options).withFaceLandmarks().withFaceDescriptor();
        if (!result) return { found: false, detectionScore: null, descriptor: null };
        return { found: true, detectionScore: result.detection.score, descriptor: Float32Array.from(result.descriptor) };
      } finally {
        padded.dispose();
      }
    },
  };
}
