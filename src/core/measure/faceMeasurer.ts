/**
 * Measures a generated face with face-api: detection, 68 landmarks, age, sex and expression from
 * its networks, plus skin tone (ITA°) and head yaw from the landmarks. Framework free; the
 * caller injects the face-api build (it differs between Node and the browser) and a weight
 * file reader (fs in Node, fetch in the browser), so nothing here touches the DOM or the disk.
 */
import * as tf from '@tensorflow/tfjs';
import type * as FaceApi from '@vladmandic/face-api';
import { yawDegrees } from './headPose';
import type { Point } from './landmarks';
import { DEFAULT_SKIN_PATCHES, measureIta, type SkinPatchConfig } from './skinTone';

export type FaceApiModule = typeof FaceApi;

/** Reads one file of face-api's model folder by name, e.g. "age_gender_model.bin". */
export type ReadWeightFile = (fileName: string) => Promise<ArrayBuffer>;

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
  detectorScoreThreshold: number;
  skinPatches: SkinPatchConfig;
}

export const DEFAULT_FACE_MEASURER_CONFIG: FaceMeasurerConfig = {
  padding: 64,
  padValue: 128,
  detectorInputSize: 256,
  detectorScoreThreshold: 0.4,
  skinPatches: DEFAULT_SKIN_PATCHES,
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
}

export type FaceMeasurement = FoundFace | MissedFace;

export const MISSED_FACE: MissedFace = {
  found: false,
  age: null,
  pMale: null,
  expressions: null,
  ita: null,
  yaw: null,
  detectionScore: null,
  landmarks: null,
};

/** face-api's model folder file names, without "-weights_manifest.json" / ".bin". */
const MODEL_NAMES = {
  detector: 'tiny_face_detector_model',
  landmarks: 'face_landmark_68_model',
  ageGender: 'age_gender_model',
  expressions: 'face_expression_model',
} as const;

async function loadWeightMap(read: ReadWeightFile, modelName: string): Promise<tf.NamedTensorMap> {
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

export class FaceMeasurer {
  constructor(
    private readonly faceapi: FaceApiModule,
    readonly config: FaceMeasurerConfig,
  ) {}

  /** Measures one face from raw RGB bytes (height × width × 3, row major). */
  async measureRgb(rgb: Uint8Array, width: number, height: number): Promise<FaceMeasurement> {
    if (rgb.length !== width * height * 3) throw new Error(`expected ${width * height * 3} RGB bytes, got ${rgb.length}`);
    const { padding, padValue } = this.config;
    const padded = tf.tidy(() =>
      tf.tensor3d(rgb, [height, width, 3], 'int32').toFloat().pad([[padding, padding], [padding, padding], [0, 0]], padValue),
    );
    let result;
    try {
      const options = new this.faceapi.TinyFaceDetectorOptions({
        inputSize: this.config.detectorInputSize,
        scoreThreshold: this.config.detectorScoreThreshold,
      });
      // face-api's types bundle their own copy of the tfjs declarations; the runtime tensor class is
      // ours (loadFaceMeasurer checks), so only the static types need bridging.
      const input = padded as unknown as FaceApi.TNetInput;
      result = await this.faceapi.detectSingleFace(input, options).withFaceLandmarks().withFaceExpressions().withAgeAndGender();
    } finally {
      padded.dispose();
    }
    if (!result) return MISSED_FACE;
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
    };
  }

  /**
   * Measures one face image [height, width, 3] with values in [0, 1], as the generator draws it.
   * It is quantised to bytes first so the app measures exactly what the fit measured.
   */
  async measureTensor(image: tf.Tensor3D): Promise<FaceMeasurement> {
    const [height, width, channels] = image.shape;
    if (channels !== 3) throw new Error(`expected an RGB image, got ${channels} channels`);
    const bytes = tf.tidy(() => image.mul(255).round().clipByValue(0, 255).cast('int32'));
    try {
      return await this.measureRgb(Uint8Array.from(await bytes.data()), width, height);
    } finally {
      bytes.dispose();
    }
  }

  dispose(): void {
    const nets = this.faceapi.nets;
    for (const net of [nets.tinyFaceDetector, nets.faceLandmark68Net, nets.ageGenderNet, nets.faceExpressionNet]) {
      if (net.isLoaded) net.dispose();
    }
  }
}

/**
 * Loads the four networks into face-api's shared nets and returns a measurer. Fails clearly if
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
  const nets = faceapi.nets;
  const pairs = [
    [nets.tinyFaceDetector, MODEL_NAMES.detector],
    [nets.faceLandmark68Net, MODEL_NAMES.landmarks],
    [nets.ageGenderNet, MODEL_NAMES.ageGender],
    [nets.faceExpressionNet, MODEL_NAMES.expressions],
  ] as const;
  for (const [net, name] of pairs) {
    if (net.isLoaded) continue;
    const weightMap = await loadWeightMap(readWeightFile, name);
    net.loadFromWeightMap(weightMap as unknown as Parameters<typeof net.loadFromWeightMap>[0]);
  }
  return new FaceMeasurer(faceapi, { ...DEFAULT_FACE_MEASURER_CONFIG, ...config });
}
