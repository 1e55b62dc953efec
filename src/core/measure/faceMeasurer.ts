/**
 * Measures a generated face with face-api: detection, 68 landmarks, age, sex and expression from
 * its networks, plus skin tone (ITA°) and head yaw from the landmarks. Framework free; the
 * caller injects the face-api build (it differs between Node and the browser) and a weight
 * file reader (fs in Node, fetch in the browser), so nothing here touches the DOM or the disk.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as FaceApi from '@vladmandic/face-api';
import { readRgbBytes } from '../faceBytes';
import { yawDegrees } from './headPose';
import { FACE_API_MODELS, loadWeightMap, type ReadWeightFile } from './faceApiWeights';
import type { Point } from './landmarks';
import { DEFAULT_SKIN_PATCHES, measureIta, type SkinPatchConfig } from './skinTone';

export type FaceApiModule = typeof FaceApi;
export type { ReadWeightFile };

export interface FaceMeasurerConfig {
  /**
   * Border added on every side before detection. The tiny face detector misses faces that fill
   * the frame, as generated faces do; 64 px of border around a 128 px face lets it find them.
   */
  padding: number;
  /** Border value, 0..255; mid gray biases none of the networks toward a colour. */
  padValue: number;
  /** Tiny face detector input size, a multiple of 32. */
  detectorInputSize: number;
  /**
   * Detections below this count as no face. The default matches fit-directions' --min-score, so
   * the app trusts the same faces the fit did (labelling goes lower and keeps the score).
   */
  detectorScoreThreshold: number;
  skinPatches: SkinPatchConfig;
  /**
   * Also compute faceRecognitionNet's 128-d identity descriptor (identity.ts). It costs a
   * ResNet-34 pass per face; jobs that never compare faces can leave it out.
   */
  descriptor: boolean;
}

export const DEFAULT_FACE_MEASURER_CONFIG: FaceMeasurerConfig = {
  padding: 64,
  padValue: 128,
  detectorInputSize: 256,
  detectorScoreThreshold: 0.3,
  skinPatches: DEFAULT_SKIN_PATCHES,
  descriptor: true,
};

export type ExpressionName = 'neutral' | 'happy' | 'sad' | 'angry' | 'fearful' | 'disgusted' | 'surprised';
export type Expressions = Record<ExpressionName, number>;

export interface FoundFace {
  found: true;
  /** Apparent age in years, as face-api's age regressor reads it. */
  age: number;
  /** Probability that face-api's classifier reads the face as male, 0..1. */
  pMale: number;
  expressions: Expressions;
  /** Individual typology angle in degrees; larger is lighter skin. Null if no skin patch was in frame. */
  ita: number | null;
  /** Head yaw in degrees, positive when the face turns toward the image's right (see headPose). */
  yaw: number;
  detectionScore: number;
  /** The 68 landmarks in the unpadded image's pixel coordinates. */
  landmarks: Point[];
  /** faceRecognitionNet's identity descriptor (128 numbers); null when the measurer was asked not to compute it. */
  descriptor: Float32Array | null;
}

export interface MissedFace {
  found: false;
  age: null;
  pMale: null;
  expressions: null;
  ita: null;
  yaw: null;
  detectionScore: null;
  landmarks: null;
  descriptor: null;
}

export type FaceMeasurement = FoundFace | MissedFace;

/** Per call: what one job needs of a measurer loaded for every job. */
export interface MeasureOptions {
  /**
   * false leaves the identity descriptor out (null) for this face, so a job that never compares
   * faces skips its ResNet-34 pass. It cannot add a descriptor the config left out (the
   * recognition net is not loaded then).
   */
  descriptor?: boolean;
}

export const MISSED_FACE: MissedFace = {
  found: false,
  age: null,
  pMale: null,
  expressions: null,
  ita: null,
  yaw: null,
  detectionScore: null,
  landmarks: null,
  descriptor: null,
};

/**
 * The face as face-api's detector wants it: float pixels with a plain border around, because a
 * generated face fills its frame and the detector misses faces that touch the edges.
 */
export function paddedFace(
  rgb: Uint8Array,
  width: number,
  height: number,
  { padding, padValue }: Pick<FaceMeasurerConfig, 'padding' | 'padValue'>,
): tf.Tensor3D {
  return tf.tidy(() =>
    tf
      .tensor3d(rgb, [height, width, 3], 'int32')
      .toFloat()
      .pad(
        [
          [padding, padding],
          [padding, padding],
          [0, 0],
        ],
        padValue,
      ),
  );
}

export class FaceMeasurer {
  constructor(
    private readonly faceapi: FaceApiModule,
    readonly config: FaceMeasurerConfig,
  ) {}

  /** Measures one face from raw RGB bytes (height × width × 3, row major). */
  async measureRgb(rgb: Uint8Array, width: number, height: number, options: MeasureOptions = {}): Promise<FaceMeasurement> {
    if (rgb.length !== width * height * 3) throw new Error(`expected ${width * height * 3} RGB bytes, got ${rgb.length}`);
    const { padding } = this.config;
    const padded = paddedFace(rgb, width, height, this.config);
    let result;
    try {
      const detectorOptions = new this.faceapi.TinyFaceDetectorOptions({
        inputSize: this.config.detectorInputSize,
        scoreThreshold: this.config.detectorScoreThreshold,
      });
      // face-api's types bundle their own copy of the tfjs declarations; the runtime tensor class is
      // ours (loadFaceMeasurer checks), so only the static types need bridging.
      const input = padded as unknown as FaceApi.TNetInput;
      const face = this.faceapi.detectSingleFace(input, detectorOptions).withFaceLandmarks().withFaceExpressions().withAgeAndGender();
      result = this.config.descriptor && options.descriptor !== false ? await face.withFaceDescriptor() : await face;
    } finally {
      padded.dispose();
    }
    if (!result) return MISSED_FACE;
    const descriptor = 'descriptor' in result ? Float32Array.from(result.descriptor as Float32Array) : null;
    const landmarks = result.landmarks.positions.map((p) => ({ x: p.x - padding, y: p.y - padding }));
    const expressions = result.expressions;
    return {
      found: true,
      age: result.age,
      pMale: result.gender === 'male' ? result.genderProbability : 1 - result.genderProbability,
      expressions: {
        neutral: expressions.neutral,
        happy: expressions.happy,
        sad: expressions.sad,
        angry: expressions.angry,
        fearful: expressions.fearful,
        disgusted: expressions.disgusted,
        surprised: expressions.surprised,
      },
      ita: measureIta(rgb, width, height, landmarks, this.config.skinPatches),
      yaw: yawDegrees(landmarks),
      detectionScore: result.detection.score,
      landmarks,
      descriptor,
    };
  }

  /**
   * Measures one face image [height, width, 3] with values in [0, 1], as the generator draws it.
   * It is quantised to bytes first so the app measures exactly what the fit measured.
   */
  async measureTensor(image: tf.Tensor3D): Promise<FaceMeasurement> {
    const [height, width, channels] = image.shape;
    if (channels !== 3) throw new Error(`expected an RGB image, got ${channels} channels`);
    const [rgb] = await readRgbBytes(image);
    return this.measureRgb(rgb!, width, height);
  }

  dispose(): void {
    const nets = this.faceapi.nets;
    for (const net of [nets.tinyFaceDetector, nets.faceLandmark68Net, nets.ageGenderNet, nets.faceExpressionNet, nets.faceRecognitionNet]) {
      if (net.isLoaded) net.dispose();
    }
  }
}

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
