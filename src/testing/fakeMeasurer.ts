/**
 * Test builds only: a stand-in for face-api that answers at once with readings that follow the
 * face's pixels (mean red → age, green → P(male), blue → P(happy), brightness → ITA°), so e2e
 * tests of the audit and the readout run on the tiny model in seconds and still see different
 * faces give different, reproducible readings.
 */
import type { FaceImage } from '../core/faceBytes';
import type { FaceMeasurement } from '../core/measure/faceMeasurer';

export function fakeMeasurement(image: FaceImage): FaceMeasurement {
  const sums = [0, 0, 0];
  const pixels = image.width * image.height;
  for (let i = 0; i < pixels; i++) for (let c = 0; c < 3; c++) sums[c]! += image.rgba[4 * i + c]!;
  const [r, g, b] = sums.map((s) => s / pixels / 255) as [number, number, number];
  const frac = (v: number) => v * 37 - Math.floor(v * 37);
  return {
    found: true,
    age: 10 + 60 * frac(r),
    pMale: frac(g),
    expressions: { neutral: 1 - frac(b), happy: frac(b), sad: 0, angry: 0, fearful: 0, disgusted: 0, surprised: 0 },
    ita: -40 + 110 * frac(r + g + b),
    yaw: -30 + 60 * frac(r * g),
    detectionScore: 0.9,
    landmarks: [],
  };
}
