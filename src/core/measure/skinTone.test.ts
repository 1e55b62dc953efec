import { describe, expect, it } from 'vitest';
import { itaDegrees, rgbToLab, srgbToLinear } from './skinTone';

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
