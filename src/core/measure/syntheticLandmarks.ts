/** A hand-built 68-point frontal face for tests, with the nose tip moved to simulate a head turn. */
import type { Point } from './landmarks';

export interface SyntheticFace {
  centreX: number;
  /** Height of the eyes; the jaw hangs below it. */
  eyeY: number;
  width: number;
  /** Nose tip and nostril shift as a fraction of half the width (sin of the yaw, by construction). */
  noseShift?: number;
}

export function syntheticLandmarks({ centreX, eyeY, width, noseShift = 0 }: SyntheticFace): Point[] {
  const half = width / 2;
  const points: Point[] = [];
  // Jaw 0..16: a lower half-ellipse from the left temple round the chin to the right temple.
  for (let i = 0; i <= 16; i++) {
    const angle = Math.PI - (i / 16) * Math.PI;
    points.push({ x: centreX + half * Math.cos(angle), y: eyeY + 1.2 * half * Math.sin(angle) });
  }
  // Brows 17..26, above the eyes.
  for (let i = 0; i < 10; i++) {
    const side = i < 5 ? -1 : 1;
    const k = i < 5 ? i : i - 5;
    const x = side < 0 ? centreX - half * (0.8 - 0.15 * k) : centreX + half * (0.2 + 0.15 * k);
    points.push({ x, y: eyeY - 0.25 * half });
  }
  const shift = noseShift * half;
  // Nose bridge 27..30 down to the tip, nostrils 31..35.
  for (let i = 0; i < 4; i++) points.push({ x: centreX + (shift * i) / 3, y: eyeY + 0.1 * half + 0.15 * half * i });
  for (let i = 0; i < 5; i++) points.push({ x: centreX + shift + half * (-0.2 + 0.1 * i), y: eyeY + 0.65 * half });
  // Eyes 36..47: six points round each eye.
  for (const eyeX of [centreX - 0.45 * half, centreX + 0.45 * half]) {
    for (let i = 0; i < 6; i++) {
      const angle = (i / 6) * 2 * Math.PI;
      points.push({ x: eyeX - 0.2 * half * Math.cos(angle), y: eyeY - 0.07 * half * Math.sin(angle) });
    }
  }
  // Mouth 48..67: outer then inner lip rings.
  for (const [count, radius] of [
    [12, 0.4],
    [8, 0.25],
  ] as const) {
    for (let i = 0; i < count; i++) {
      const angle = (i / count) * 2 * Math.PI;
      points.push({ x: centreX - radius * half * Math.cos(angle), y: eyeY + 1.0 * half - 0.1 * half * Math.sin(angle) });
    }
  }
  return points;
}
