/**
 * Which pixels of a face are bare skin, placed by the 68 landmarks: the forehead just above the
 * brows, both cheeks and the nose, down to the nostrils. Left out: the eyes and their lids, the
 * brows, the nostrils, and everything below the nose (lips, moustache, beard, chin shadow), so
 * facial hair and make-up have few places to fall. Hair over the forehead is not known from the
 * landmarks; the colour estimate (apparentSkin.ts) keeps it out by lightness.
 */
import { Landmark, checkLandmarks, distance, point, type Point } from './landmarks';

export interface SkinMaskConfig {
  /** How far above the brows the forehead band reaches, as a fraction of the face width. */
  foreheadOfFaceWidth: number;
  /** Margin kept clear round each eye, fraction of the face width. */
  eyeMarginOfFaceWidth: number;
  /** Margin kept clear round each brow line, fraction of the face width. */
  browMarginOfFaceWidth: number;
  /** How far inside the jaw outline the mask stops (the outline often sits on background or hair). */
  jawInsetOfFaceWidth: number;
}

export const DEFAULT_SKIN_MASK: SkinMaskConfig = {
  foreheadOfFaceWidth: 0.16,
  eyeMarginOfFaceWidth: 0.05,
  browMarginOfFaceWidth: 0.04,
  jawInsetOfFaceWidth: 0.08,
};

function insidePolygon(p: Point, polygon: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i]!;
    const b = polygon[j]!;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

function nearPolyline(p: Point, line: readonly Point[], margin: number, closed: boolean): boolean {
  const segments = closed ? line.length : line.length - 1;
  for (let i = 0; i < segments; i++) if (distanceToSegment(p, line[i]!, line[(i + 1) % line.length]!) <= margin) return true;
  return false;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** 1 where a pixel (at its centre) is skin to read, 0 elsewhere; row major, width × height. */
export function skinMask(
  landmarks: readonly Point[],
  width: number,
  height: number,
  config: SkinMaskConfig = DEFAULT_SKIN_MASK,
): Uint8Array {
  checkLandmarks(landmarks);
  const jawFirst = point(landmarks, Landmark.jawFirst);
  const jawLast = point(landmarks, Landmark.jawLast);
  const faceWidth = distance(jawFirst, jawLast);
  // "Up" is perpendicular to the temple-to-temple line, so the forehead follows a tilted head.
  const up = { x: (jawLast.y - jawFirst.y) / faceWidth, y: -(jawLast.x - jawFirst.x) / faceWidth };
  const lift = config.foreheadOfFaceWidth * faceWidth;
  const brows = range(17, 26).map((i) => point(landmarks, i));
  const liftedBrows = brows.map((p) => ({ x: p.x + lift * up.x, y: p.y + lift * up.y }));
  // The outline: the jaw from temple down to the nostril line on each side, across under the
  // nose, and back over the lifted brows.
  const nostrilY = (point(landmarks, 31).y + point(landmarks, 35).y) / 2;
  const jaw = range(0, 16).map((i) => point(landmarks, i));
  const centre = point(landmarks, 30);
  const inset = config.jawInsetOfFaceWidth * faceWidth;
  const insetJaw = jaw.map((p) => {
    const d = Math.hypot(centre.x - p.x, centre.y - p.y) || 1;
    return { x: p.x + (inset * (centre.x - p.x)) / d, y: p.y + (inset * (centre.y - p.y)) / d };
  });
  const leftSide = insetJaw.slice(0, 9).filter((p) => p.y <= nostrilY);
  const rightSide = insetJaw.slice(8).filter((p) => p.y <= nostrilY);
  const outline = [
    ...leftSide,
    { x: leftSide.at(-1)?.x ?? jawFirst.x, y: nostrilY },
    { x: rightSide[0]?.x ?? jawLast.x, y: nostrilY },
    ...rightSide,
    ...liftedBrows.slice().reverse(),
  ];
  const eyes = [range(36, 41), range(42, 47)].map((ring) => ring.map((i) => point(landmarks, i)));
  const leftBrow = brows.slice(0, 5);
  const rightBrow = brows.slice(5);
  const nostrils = range(31, 35).map((i) => point(landmarks, i));
  const eyeMargin = config.eyeMarginOfFaceWidth * faceWidth;
  const browMargin = config.browMarginOfFaceWidth * faceWidth;
  const mask = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = { x: x + 0.5, y: y + 0.5 };
      if (!insidePolygon(p, outline)) continue;
      if (eyes.some((eye) => insidePolygon(p, eye) || nearPolyline(p, eye, eyeMargin, true))) continue;
      if (nearPolyline(p, leftBrow, browMargin, false) || nearPolyline(p, rightBrow, browMargin, false)) continue;
      // Nostrils: the band just above the nostril line, between the outer nostril points.
      if (p.y > nostrilY - browMargin && p.x >= nostrils[0]!.x - browMargin && p.x <= nostrils[4]!.x + browMargin) continue;
      mask[y * width + x] = 1;
    }
  }
  return mask;
}
