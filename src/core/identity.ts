/**
 * Whether an edited face is still the same person: the Euclidean distance between face-api's
 * faceRecognitionNet descriptors (128 numbers, dlib's ResNet-34 face embedding ported to tfjs) of
 * the face as generated and the face shown, and a plain verdict at face-api's own threshold.
 */
// Types only from the catalogue: the engine's worker imports this module, and a value import
// would bundle the English catalogue into it.
import type { Message } from '../i18n/catalogue';
import { decimalValue } from '../i18n/values';

/**
 * Descriptors closer than this are the same person. It is face-api's `FaceMatcher` default
 * (`distanceThreshold = 0.6`, @vladmandic/face-api src/globalApi/FaceMatcher.ts), inherited from
 * dlib, whose face_recognition model was trained so that 0.6 separates people with 99.38 %
 * accuracy on the LFW benchmark of real photographs. Generated faces are not LFW photographs, so
 * the verdict says "likely" and the distance is always shown beside it.
 */
export const SAME_PERSON_THRESHOLD = 0.6;

export type IdentityVerdict = 'same' | 'different';

/** The readout's gauge for it: 0 is the face as generated; 1.2 is far past the threshold. */
export const IDENTITY_GAUGE = { id: 'identity', label: 'Identity distance', unit: '', digits: 2, gauge: { min: 0, max: 1.2 } } as const;

/** Euclidean distance between two descriptors of the same length. */
export function descriptorDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`descriptors differ in length (${a.length} and ${b.length})`);
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const d = a[i]! - b[i]!;
    sum += d * d;
  }
  return Math.sqrt(sum);
}

/** A distance exactly at the threshold already counts as a different person, as in FaceMatcher (`<`). */
export function identityVerdict(distance: number, threshold = SAME_PERSON_THRESHOLD): IdentityVerdict {
  return distance < threshold ? 'same' : 'different';
}

/** "0.31 · likely the same person" */
export function describeIdentity(distance: number, threshold = SAME_PERSON_THRESHOLD): Message {
  return {
    key: 'report.identity.distance',
    params: { distance: decimalValue(distance.toFixed(2)), verdict: { key: `verdict.${identityVerdict(distance, threshold)}` } },
  };
}

/** The distance of `descriptor` to `reference`, or null when either face was not found. */
export function identityDistance(
  reference: ArrayLike<number> | null | undefined,
  descriptor: ArrayLike<number> | null | undefined,
): number | null {
  return reference && descriptor ? descriptorDistance(reference, descriptor) : null;
}
