import { describe, expect, it } from 'vitest';
import { itaDegrees, measureIta, rgbToLab, skinLab, skinPatches, srgbToLinear } from './skinTone';
import { syntheticLandmarks } from './syntheticLandmarks';

// Reference CIELAB (D65, 2°) values of sRGB primaries, as published by Bruce Lindbloom / EasyRGB.
const references: [rgb: [number, number, number], lab: [number, number, number]][] = [
  [
    [255, 255, 255],
    [100, 0, 0],
  ],
  [
    [0, 0, 0],
    [0, 0, 0],
  ],
  [
    [255, 0, 0],
    [53.2408, 80.0925, 67.2032],
  ],
  [
    [0, 255, 0],
    [87.7347, -86.1827, 83.1793],
  ],
  [
    [0, 0, 255],
    [32.297, 79.1875, -107.8602],
  ],
  [
    [255, 255, 0],
    [97.1393, -21.5537, 94.478],
  ],
  [
    [119, 119, 119],
    [50.0327, 0, 0],
  ],
];

describe('sRGB to CIELAB', () => {
  it('linearises with the sRGB curve', () => {
    expect(srgbToLinear(0)).toBe(0);
    expect(srgbToLinear(1)).toBeCloseTo(1, 12);
    expect(srgbToLinear(0.5)).toBeCloseTo(0.214041, 5);
  });

  it.each(references)('maps %j to the published Lab', (rgb, [L, a, b]) => {
    const lab = rgbToLab(...rgb);
    expect(lab.L).toBeCloseTo(L, 2);
    expect(lab.a).toBeCloseTo(a, 2);
    expect(lab.b).toBeCloseTo(b, 2);
  });
});

describe('ITA°', () => {
  it('is the angle of (b*, L* − 50)', () => {
    expect(itaDegrees({ L: 100, b: 0 })).toBeCloseTo(90, 10);
    expect(itaDegrees({ L: 50, b: 20 })).toBeCloseTo(0, 10);
    expect(itaDegrees({ L: 60, b: 10 })).toBeCloseTo(45, 10);
    expect(itaDegrees({ L: 40, b: 10 })).toBeCloseTo(-45, 10);
  });

  it('orders light above dark skin colours', () => {
    const light = itaDegrees(rgbToLab(236, 200, 180));
    const medium = itaDegrees(rgbToLab(198, 134, 66));
    const dark = itaDegrees(rgbToLab(90, 56, 37));
    expect(light).toBeGreaterThan(41);
    expect(medium).toBeLessThan(light);
    expect(dark).toBeLessThan(-30);
  });
});

function solidImage(width: number, height: number, rgb: [number, number, number]): Uint8Array {
  const image = new Uint8Array(width * height * 3);
  for (let i = 0; i < width * height; i++) image.set(rgb, i * 3);
  return image;
}

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
