import { describe, expect, it } from 'vitest';
import { apparentSkin, nearestMonkTone, type SkinReading } from './apparentSkin';
import { MONK_SWATCHES, monkGroup, type MonkTone } from './monkScale';
import { skinMask } from './skinMask';
import { rgbToLab, srgbToLinear } from './skinTone';
import { syntheticLandmarks } from './syntheticLandmarks';

const SIZE = 128;
const landmarks = syntheticLandmarks({ centreX: 64, eyeY: 52, width: 80 });
const mask = skinMask(landmarks, SIZE, SIZE);

function toByte(linear: number): number {
  const v = Math.max(0, Math.min(1, linear));
  return Math.round((v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055) * 255);
}

/**
 * A face of one skin colour lit from the image's left: the shading falls from 1 on the lit
 * cheek to 0.55 on the far one, with a specular highlight on the forehead and dark hair over
 * the top rows. The lit skin has the skin's own colour, as in a photograph of that skin.
 */
function shadedFace(skin: readonly [number, number, number], exposure = 1): Uint8Array {
  const linear = skin.map((v) => srgbToLinear(v / 255));
  const rgb = new Uint8Array(SIZE * SIZE * 3);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const i = (y * SIZE + x) * 3;
      const shade = Math.min(1, 1 - (0.45 * (x - 30)) / 68);
      const highlight = Math.hypot(x - 50, y - 36) < 4 ? 3 : 1;
      for (let c = 0; c < 3; c++) rgb[i + c] = y < 20 ? 30 : toByte(linear[c]! * shade * highlight * exposure);
    }
  }
  return rgb;
}

/**
 * Skin painted in a colour as the validation paints it (scripts/research/skin/relight.ts): the
 * colour lands on the skin's median shading, so the lit side reads a little lighter.
 */
function paintedFace(colour: readonly [number, number, number]): Uint8Array {
  const shades: number[] = [];
  for (let p = 0; p < mask.length; p++) if (mask[p]) shades.push(Math.min(1, 1 - (0.45 * ((p % SIZE) - 30)) / 68));
  shades.sort((a, b) => a - b);
  return shadedFace(colour, 1 / shades[shades.length >> 1]!);
}

const read = (rgb: Uint8Array): SkinReading => {
  const reading = apparentSkin(rgb, SIZE, SIZE, mask);
  if (!reading) throw new Error('no reading');
  return reading;
};

describe('nearest Monk tone', () => {
  it('gives each swatch its own tone', () => {
    for (const swatch of MONK_SWATCHES) expect(nearestMonkTone(swatch.lab)).toBe(swatch.tone);
  });

  it('between two swatches, gives the one the colour is closer to', () => {
    const [five, six] = [MONK_SWATCHES[4]!.lab, MONK_SWATCHES[5]!.lab];
    const mix = (t: number) => ({ L: five.L + t * (six.L - five.L), a: five.a + t * (six.a - five.a), b: five.b + t * (six.b - five.b) });
    expect(nearestMonkTone(mix(0.3))).toBe(5);
    expect(nearestMonkTone(mix(0.7))).toBe(6);
  });

  it('groups tones 1–3, 4–6 and 7–10', () => {
    expect([1, 3, 4, 6, 7, 10].map((t) => monkGroup(t as MonkTone))).toEqual(['light', 'light', 'medium', 'medium', 'dark', 'dark']);
  });
});

describe('apparent skin colour', () => {
  it('reads the lit skin, not the shadowed side, the highlight or the hair', () => {
    const skin = [200, 150, 120] as const;
    const reading = read(shadedFace(skin));
    // The lit band of a face shaded 1.0 → 0.45 sits near the light side: within a few L* of the skin colour itself.
    expect(reading.lightness).toBeGreaterThan(rgbToLab(...skin).L - 8);
    expect(reading.lightness).toBeLessThan(rgbToLab(...skin).L + 2);
  });

  it('leaves clipped pixels out', () => {
    const rgb = shadedFace([200, 150, 120]);
    const clipped = Uint8Array.from(rgb);
    // Half the mask blown out to white.
    let k = 0;
    for (let p = 0; p < mask.length; p++) if (mask[p] && k++ % 2 === 0) clipped.fill(255, 3 * p, 3 * p + 3);
    expect(read(clipped).pixels).toBeLessThan(read(rgb).pixels);
    expect(Math.abs(read(clipped).lightness - read(rgb).lightness)).toBeLessThan(3);
  });

  it('is stable under a uniform exposure change of ±20 %: the tone moves at most one step', () => {
    for (const swatch of MONK_SWATCHES) {
      const base = read(shadedFace(swatch.rgb)).monk;
      for (const exposure of [0.8, 1.2]) expect(Math.abs(read(shadedFace(swatch.rgb, exposure)).monk - base)).toBeLessThanOrEqual(1);
    }
  });

  it('is not fooled by exposure in hue: the hue angle stays within a few degrees', () => {
    const skin = [180, 130, 100] as const;
    expect(Math.abs(read(shadedFace(skin, 0.8)).hue - read(shadedFace(skin, 1.2)).hue)).toBeLessThan(4);
  });

  it('recovers the colour of skin recoloured to each printed swatch: the lit colour is within one swatch of it', () => {
    for (const swatch of MONK_SWATCHES)
      expect(Math.abs(nearestMonkTone(read(paintedFace(swatch.rgb)).lab) - swatch.tone)).toBeLessThanOrEqual(1);
  });

  it('reports a darker tone, never a lighter one, as the skin is recoloured from swatch 1 to 10', () => {
    const positions = MONK_SWATCHES.map((swatch) => read(paintedFace(swatch.rgb)).monkPosition);
    for (let i = 1; i < positions.length; i++) expect(positions[i]!).toBeGreaterThan(positions[i - 1]!);
  });

  it('gives no reading when too little unclipped skin is in frame', () => {
    expect(apparentSkin(new Uint8Array(SIZE * SIZE * 3).fill(255), SIZE, SIZE, mask)).toBeNull();
  });
});
