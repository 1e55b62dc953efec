import { describe, expect, it } from 'vitest';
import { yawDegrees, yawRatio } from './headPose';
import { syntheticLandmarks } from './syntheticLandmarks';

const face = { centreX: 64, eyeY: 50, width: 80 };

describe('head yaw', () => {
  it('is zero for a frontal face', () => {
    expect(yawRatio(syntheticLandmarks(face))).toBeCloseTo(0, 10);
    expect(yawDegrees(syntheticLandmarks(face))).toBeCloseTo(0, 10);
  });

  it('is the sine of the turn for a nose swung across a cylinder', () => {
    const turned = syntheticLandmarks({ ...face, noseShift: Math.sin((30 * Math.PI) / 180) });
    expect(yawRatio(turned)).toBeCloseTo(0.5, 10);
    expect(yawDegrees(turned)).toBeCloseTo(30, 6);
  });

  it('is positive when the nose points to the image right and negative to the left', () => {
    expect(yawDegrees(syntheticLandmarks({ ...face, noseShift: 0.3 }))).toBeGreaterThan(0);
    expect(yawDegrees(syntheticLandmarks({ ...face, noseShift: -0.3 }))).toBeLessThan(0);
  });

  it('does not depend on where the face is or how big it is', () => {
    const small = yawDegrees(syntheticLandmarks({ ...face, noseShift: 0.4 }));
    const moved = yawDegrees(syntheticLandmarks({ centreX: 100, eyeY: 90, width: 160, noseShift: 0.4 }));
    expect(moved).toBeCloseTo(small, 8);
  });

  it('clamps a nose beyond the outline to ±90°', () => {
    expect(yawDegrees(syntheticLandmarks({ ...face, noseShift: 1.5 }))).toBeCloseTo(90, 8);
    expect(yawDegrees(syntheticLandmarks({ ...face, noseShift: -1.5 }))).toBeCloseTo(-90, 8);
  });

  it('rejects a landmark set of the wrong size', () => {
    expect(() => yawRatio(syntheticLandmarks(face).slice(0, 5))).toThrow(/68 landmarks/);
  });
});
