/**
 * Test builds only: a stand-in for face-api that reads instantly and deterministically from the
 * pixels, so e2e tests on the tiny model can see readings, identity and held locks without the
 * real networks (which find no face in a tiny model's image and take seconds on WASM).
 * Every reading is a smooth function of the image: the same image always reads the same.
 */
import { readColour, type SkinReading } from '../core/measure/apparentSkin';
import type { FaceMeasurement } from '../core/measure/faceMeasurer';
import { rgbToLab } from '../core/measure/skinTone';
import type { MeasurerProvider } from '../engine/measurerSource';

const DESCRIPTOR_SIZE = 128;

/** Channel means in [0, 1]. */
function channelMeans(rgb: Uint8Array): [number, number, number] {
  const sums = [0, 0, 0];
  for (let i = 0; i < rgb.length; i++) sums[i % 3]! += rgb[i]!;
  const n = rgb.length / 3;
  return [sums[0]! / n / 255, sums[1]! / n / 255, sums[2]! / n / 255];
}

/**
 * The image's mean colour read as skin: its lightness follows the mean luminance and its Monk
 * tone is that colour's calibrated tone, so a darker image reads darker on both, as on a face.
 */
function skinOf(means: readonly [number, number, number], pixels: number): SkinReading {
  const colour = means.map((m) => Math.round(255 * m)) as [number, number, number];
  return readColour(rgbToLab(...colour), colour, pixels);
}

/** Means of 128 equal runs of the bytes: nearby images get nearby descriptors. */
function descriptorOf(rgb: Uint8Array): Float32Array {
  const descriptor = new Float32Array(DESCRIPTOR_SIZE);
  const run = Math.floor(rgb.length / DESCRIPTOR_SIZE);
  for (let d = 0; d < DESCRIPTOR_SIZE; d++) {
    let sum = 0;
    for (let i = d * run; i < (d + 1) * run; i++) sum += rgb[i]!;
    descriptor[d] = sum / run / 255;
  }
  return descriptor;
}

export function fakeMeasurement(rgb: Uint8Array, width: number, height: number, withDescriptor = true): FaceMeasurement {
  const means = channelMeans(rgb);
  const [r, g, b] = means;
  const skin = skinOf(means, width * height);
  return {
    found: true,
    age: 20 + 40 * b,
    pMale: r,
    expressions: { neutral: 1 - g, happy: g, sad: 0, angry: 0, fearful: 0, disgusted: 0, surprised: 0 },
    skin,
    ita: skin.ita,
    yaw: 30 * (g - b),
    detectionScore: 1,
    placedBy: 'detector',
    box: { x: 0, y: 0, width, height },
    landmarks: [],
    descriptor: withDescriptor ? descriptorOf(rgb) : null,
  };
}

/** The fake as the engine's measurer; `delayMs` a face lets a test see work in progress (an audit's Cancel). */
export function fakeMeasurers(delayMs: () => number): MeasurerProvider {
  return {
    get: async () => ({
      measureRgb: async (rgb, width, height, options) => {
        const delay = delayMs();
        if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
        return fakeMeasurement(rgb, width, height, options?.descriptor !== false);
      },
    }),
    reset: () => {},
  };
}
