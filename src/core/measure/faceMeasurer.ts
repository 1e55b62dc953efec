/**
 * Measures a generated face with face-api: detection, 68 landmarks, age, sex and expression from
 * its networks, plus the apparent skin colour (apparentSkin.ts) and head yaw from the landmarks.
 * Framework free; the caller injects the face-api build (it differs between Node and the browser) and a weight
 * file reader (fs in Node, fetch in the browser), so nothing here touches the DOM or the disk.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as FaceApi from '@vladmandic/face-api';
import { readRgbBytes } from '../faceBytes';
import { yawDegrees } from './headPose';
import type { ReadWeightFile } from './faceApiWeights';
import { ALIGNED_FACE_BOX, luminanceSpread, MIN_FACE_CONTRAST, paddedRelativeBox, type RelativeBox } from './alignedCrop';
import { apparentSkin, DEFAULT_APPARENT_SKIN, type ApparentSkinConfig } from './apparentSkin';
import { MISSED_FACE, type FaceMeasurement, type FoundFace, type MeasureOptions } from './faceMeasurement';
import { DEFAULT_SKIN_MASK, skinMask, type SkinMaskConfig } from './skinMask';
import { MIN_MEASURABLE_SIZE } from './measurable';

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
   * Detections below this count as no face. 0.1, not the usual 0.3: on the rated set it finds
   * 98.4 % of faces instead of 93 %, at no extra cost (models/skin-validation.json).
   */
  detectorScoreThreshold: number;
  /**
   * When the detector finds nothing, measure the face in this box anyway (fractions of the
   * unpadded image). The generator draws CelebA's aligned crops, so the face is always about
   * here; without it the detector's misses (which lean toward some kinds of face) drop out of
   * every share. Null turns the fallback off.
   */
  alignedBox: RelativeBox | null;
  skinMask: SkinMaskConfig;
  apparentSkin: ApparentSkinConfig;
  /**
   * Also compute faceRecognitionNet's 128-d identity descriptor (identity.ts). It costs a
   * ResNet-34 pass per face; jobs that never compare faces can leave it out.
   */
  descriptor: boolean;
  /**
   * Pictures narrower or shorter than this are never a face: the networks were not made for
   * thumbnails, and the aligned crop would otherwise read any small picture as one.
   */
  minFaceSize: number;
}

export const DEFAULT_FACE_MEASURER_CONFIG: FaceMeasurerConfig = {
  padding: 64,
  padValue: 128,
  detectorInputSize: 256,
  detectorScoreThreshold: 0.1,
  alignedBox: ALIGNED_FACE_BOX,
  skinMask: DEFAULT_SKIN_MASK,
  apparentSkin: DEFAULT_APPARENT_SKIN,
  descriptor: true,
  minFaceSize: MIN_MEASURABLE_SIZE,
};

export * from './faceMeasurement';

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
    tf.pad(
      tf.cast(tf.tensor3d(rgb, [height, width, 3], 'int32'), 'float32'),
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
    if (width < this.config.minFaceSize || height < this.config.minFaceSize) return MISSED_FACE;
    const { padding } = this.config;
    const padded = paddedFace(rgb, width, height, this.config);
    let result;
    let descriptor: Float32Array | null = null;
    let placedBy: FoundFace['placedBy'] = 'detector';
    try {
      const detectorOptions = new this.faceapi.TinyFaceDetectorOptions({
        inputSize: this.config.detectorInputSize,
        scoreThreshold: this.config.detectorScoreThreshold,
      });
      // face-api's types bundle their own copy of the tfjs declarations; the runtime tensor class is
      // ours (loadFaceMeasurer checks), so only the static types need bridging.
      const input = padded as unknown as FaceApi.TNetInput;
      // Tasks are run with run(), never awaited as thenables: face-api's then() takes no rejection
      // handler, so a failing task awaited directly never settles.
      let detection = await this.faceapi.detectSingleFace(input, detectorOptions).run();
      const aligned = this.config.alignedBox;
      if (!detection && aligned && luminanceSpread(rgb) >= MIN_FACE_CONTRAST) {
        placedBy = 'aligned';
        const box = paddedRelativeBox(aligned, width, height, padding);
        const dims = { width: width + 2 * padding, height: height + 2 * padding };
        detection = new this.faceapi.FaceDetection(0, new this.faceapi.Rect(box.x, box.y, box.width, box.height), dims);
      }
      if (detection) {
        const found = Promise.resolve({ detection });
        const task = new this.faceapi.DetectSingleFaceLandmarksTask(found, input, false).withFaceExpressions().withAgeAndGender();
        result = await task.run();
        if (result && this.config.descriptor && options.descriptor !== false)
          descriptor = await this.identityDescriptor(padded, result.landmarks);
      }
    } finally {
      padded.dispose();
    }
    if (!result) return MISSED_FACE;
    const landmarks = result.landmarks.positions.map((p) => ({ x: p.x - padding, y: p.y - padding }));
    const expressions = result.expressions;
    const skin = apparentSkin(rgb, width, height, skinMask(landmarks, width, height, this.config.skinMask), this.config.apparentSkin);
    const box = result.detection.box;
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
      skin,
      ita: skin?.ita ?? null,
      yaw: yawDegrees(landmarks),
      detectionScore: result.detection.score,
      placedBy,
      box: { x: box.x - padding, y: box.y - padding, width: box.width, height: box.height },
      landmarks,
      descriptor,
    };
  }

  /**
   * faceRecognitionNet's descriptor of the face cut out along its landmarks, as face-api's own
   * withFaceDescriptor() does, but null when that cut is empty (landmarks collapsed on a
   * picture that is barely a face) instead of an error.
   */
  private async identityDescriptor(padded: tf.Tensor3D, landmarks: FaceApi.FaceLandmarks68): Promise<Float32Array | null> {
    const rect = landmarks.align(null, { useDlibAlignment: true });
    const faces = await this.faceapi.extractFaceTensors(padded as unknown as FaceApi.tf.Tensor3D, [rect]);
    try {
      const face = faces[0];
      if (!face) return null;
      const descriptor = await this.faceapi.nets.faceRecognitionNet.computeFaceDescriptor(face);
      return Float32Array.from(descriptor as Float32Array);
    } finally {
      for (const face of faces) face.dispose();
    }
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
