import { describe, expect, it } from 'vitest';
import { syntheticLandmarks } from '../../../src/core/measure/syntheticLandmarks';
import { rgbToLab, itaDegrees } from '../../../src/core/measure/skinTone';
import { measureIta, skinLab, skinPatches } from './oldItaReading';

describe('skin patches', () => {
  const landmarks = syntheticLandmarks({ centreX: 64, eyeY: 50, width: 80 });

  it('places two cheeks either side of the nose and a forehead above the brows', () => {
    const [left, right, forehead] = skinPatches(landmarks);
    expect(left!.x1).toBeLessThan(64);
    expect(right!.x0).toBeGreaterThan(64);
    expect(left!.y0).toBeGreaterThan(50);
    expect(forehead!.y1).toBeLessThan(40);
    expect(forehead!.x0).toBeLessThan(64);
    expect(forehead!.x1).toBeGreaterThan(64);
  });

  it('lifts the forehead patch along the face, not the image, when the head is tilted', () => {
    const angle = Math.PI / 6;
    const tilted = landmarks.map(({ x, y }) => ({
      x: 64 + (x - 64) * Math.cos(angle) - (y - 64) * Math.sin(angle),
      y: 64 + (x - 64) * Math.sin(angle) + (y - 64) * Math.cos(angle),
    }));
    const [, , upright] = skinPatches(landmarks);
    const [, , forehead] = skinPatches(tilted);
    const centre = (b: typeof upright) => ({ x: (b!.x0 + b!.x1) / 2 - 64, y: (b!.y0 + b!.y1) / 2 - 64 });
    const rotated = {
      x: centre(upright).x * Math.cos(angle) - centre(upright).y * Math.sin(angle),
      y: centre(upright).x * Math.sin(angle) + centre(upright).y * Math.cos(angle),
    };
    expect(centre(forehead).x).toBeCloseTo(rotated.x, 0);
    expect(centre(forehead).y).toBeCloseTo(rotated.y, 0);
  });

  it('reads the colour of a uniform face exactly', () => {
    const image = solidImage(128, 128, [198, 134, 66]);
    expect(measureIta(image, 128, 128, landmarks)).toBeCloseTo(itaDegrees(rgbToLab(198, 134, 66)), 8);
  });

  it('ignores one patch that is wholly wrong, such as a fringe over the forehead', () => {
    const image = solidImage(128, 128, [236, 200, 180]);
    const [, , forehead] = skinPatches(landmarks);
    for (let y = forehead!.y0; y <= forehead!.y1; y++) {
      for (let x = forehead!.x0; x <= forehead!.x1; x++) image.set([40, 25, 10], (y * 128 + x) * 3);
    }
    expect(measureIta(image, 128, 128, landmarks)).toBeCloseTo(itaDegrees(rgbToLab(236, 200, 180)), 8);
  });

  it('uses medians, so a few stray pixels do not move the result', () => {
    const image = solidImage(128, 128, [236, 200, 180]);
    const [left] = skinPatches(landmarks);
    image.set([20, 10, 5], ((left!.y0 + 1) * 128 + left!.x0 + 1) * 3);
    expect(skinLab(image, 128, 128, skinPatches(landmarks))!.L).toBeCloseTo(rgbToLab(236, 200, 180).L, 8);
  });

  it('returns null when the patches fall outside the image', () => {
    const far = syntheticLandmarks({ centreX: 1000, eyeY: 1000, width: 80 });
    expect(measureIta(solidImage(128, 128, [1, 2, 3]), 128, 128, far)).toBeNull();
  });
});

function solidImage(width: number, height: number, rgb: [number, number, number]): Uint8Array {
  const image = new Uint8Array(width * height * 3);
  for (let i = 0; i < width * height; i++) image.set(rgb, i * 3);
  return image;
}
