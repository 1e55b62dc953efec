/**
 * Head yaw from 2-D landmarks. The jaw outline ends (landmarks 0 and 16) are where the cheeks
 * meet the background, i.e. the silhouette of a roughly cylindrical head, which stays put as the
 * head turns, while the nose tip (30) swings across: for a cylinder of radius R the tip sits at
 * R·sin(yaw) from the silhouette midpoint. So sin(yaw) ≈ offset / half width.
 */
import { Landmark, checkLandmarks, point, type Point } from './landmarks';

/**
 * Signed nose offset from the outline midpoint over half the outline width, clamped to [−1, 1].
 * Positive when the nose tip is right of centre in the image (the subject turns to their left).
 */
export function yawRatio(landmarks: readonly Point[]): number {
  checkLandmarks(landmarks);
  const left = point(landmarks, Landmark.jawFirst);
  const right = point(landmarks, Landmark.jawLast);
  const nose = point(landmarks, Landmark.noseTip);
  const halfWidth = Math.abs(right.x - left.x) / 2;
  if (halfWidth === 0) return 0;
  const offset = nose.x - (left.x + right.x) / 2;
  return Math.max(-1, Math.min(1, offset / halfWidth));
}

/**
 * Yaw in degrees, asin of yawRatio; same sign convention (positive = facing image right).
 * The nose protrudes beyond the cylinder, so large turns read somewhat high: treat the value
 * as a consistent ordinal scale for fitting, not as a calibrated angle.
 */
export function yawDegrees(landmarks: readonly Point[]): number {
  return (Math.asin(yawRatio(landmarks)) * 180) / Math.PI;
}
