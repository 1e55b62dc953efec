/**
 * The 68-point face landmarks (iBUG 300-W layout, as face-api returns them), indexed from 0:
 * jaw 0-16 (image left to image right), brows 17-21 and 22-26, nose bridge 27-30 (30 is the
 * tip), nostrils 31-35, eyes 36-47, mouth 48-67.
 */
export interface Point {
  x: number;
  y: number;
}

export const LANDMARK_COUNT = 68;

export const Landmark = {
  jawFirst: 0,
  jawLast: 16,
  innerBrowLeft: 21,
  innerBrowRight: 22,
  noseTip: 30,
  nostrilLeft: 31,
  nostrilRight: 35,
} as const;

export function point(landmarks: readonly Point[], index: number): Point {
  const p = landmarks[index];
  if (!p) throw new Error(`landmark ${index} is missing (got ${landmarks.length} of ${LANDMARK_COUNT})`);
  return p;
}

export function mean(points: readonly Point[]): Point {
  const sum = points.reduce((acc, p) => ({ x: acc.x + p.x, y: acc.y + p.y }), { x: 0, y: 0 });
  return { x: sum.x / points.length, y: sum.y / points.length };
}

export function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

export function checkLandmarks(landmarks: readonly Point[]): void {
  if (landmarks.length !== LANDMARK_COUNT) {
    throw new Error(`expected ${LANDMARK_COUNT} landmarks, got ${landmarks.length}`);
  }
}
