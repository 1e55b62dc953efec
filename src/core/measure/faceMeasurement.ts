/**
 * What measuring one face gives: the readings of a face found (or placed by the aligned crop), or
 * a face missed. Plain data, shared by the measurer, the engine, the page and the scripts.
 */
import type { SkinReading } from './apparentSkin';
import type { Point } from './landmarks';

export type ExpressionName = 'neutral' | 'happy' | 'sad' | 'angry' | 'fearful' | 'disgusted' | 'surprised';
export type Expressions = Record<ExpressionName, number>;

export interface FoundFace {
  found: true;
  /** Apparent age in years, as face-api's age regressor reads it. */
  age: number;
  /** Probability that face-api's classifier reads the face as male, 0..1. */
  pMale: number;
  expressions: Expressions;
  /** The apparent skin colour and its Monk tone; null when too little bare skin was in frame. */
  skin: SkinReading | null;
  /** Individual typology angle of the same skin colour, in degrees; kept for continuity. */
  ita: number | null;
  /** Head yaw in degrees, positive when the face turns toward the image's right (see headPose). */
  yaw: number;
  detectionScore: number;
  /** How the face was placed: found by the detector, or measured in the aligned crop's box. */
  placedBy: 'detector' | 'aligned';
  /** The face box in the unpadded image's pixel coordinates. */
  box: { x: number; y: number; width: number; height: number };
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
  skin: null;
  ita: null;
  yaw: null;
  detectionScore: null;
  placedBy: null;
  box: null;
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
  skin: null,
  ita: null,
  yaw: null,
  detectionScore: null,
  placedBy: null,
  box: null,
  landmarks: null,
  descriptor: null,
};
