/**
 * The app's skin reading before the Monk scale: ITA° of three small patches placed by the 68
 * landmarks (both cheeks, the forehead), medians within and across patches. Kept only to
 * measure it beside the new reading (validate-skin.ts, measure-rated-set.ts).
 */
import { Landmark, checkLandmarks, distance, mean, point, type Point } from '../../../src/core/measure/landmarks';
import { itaDegrees, rgbToLab, type Lab } from '../../../src/core/measure/skinTone';

/** An axis-aligned box of pixels, inclusive bounds, in image coordinates. */
export interface PixelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface SkinPatchConfig {
  /** Half the side of each square patch, as a fraction of the face width (jaw 0 to jaw 16). */
  halfSizeOfFaceWidth: number;
  /** How far above the inner brow ends the forehead patch centre sits, same unit. */
  foreheadLiftOfFaceWidth: number;
}

export const DEFAULT_SKIN_PATCHES: SkinPatchConfig = { halfSizeOfFaceWidth: 0.06, foreheadLiftOfFaceWidth: 0.12 };

function boxAround(centre: Point, halfSize: number): PixelBox {
  return {
    x0: Math.round(centre.x - halfSize),
    y0: Math.round(centre.y - halfSize),
    x1: Math.round(centre.x + halfSize),
    y1: Math.round(centre.y + halfSize),
  };
}

function midpoint(a: Point, b: Point): Point {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

/**
 * Both cheeks and the forehead: each cheek patch sits halfway between the upper jaw outline and
 * the nostril on that side, which keeps it off the nose, the eyes and the background; the
 * forehead patch sits just above the brows, below where fringes usually start.
 */
export function skinPatches(landmarks: readonly Point[], config: SkinPatchConfig = DEFAULT_SKIN_PATCHES): PixelBox[] {
  checkLandmarks(landmarks);
  const jawFirst = point(landmarks, Landmark.jawFirst);
  const jawLast = point(landmarks, Landmark.jawLast);
  const faceWidth = distance(jawFirst, jawLast);
  const half = config.halfSizeOfFaceWidth * faceWidth;
  // "Up" is perpendicular to the temple-to-temple line, so the forehead patch follows a tilted head.
  const up = { x: (jawLast.y - jawFirst.y) / faceWidth, y: -(jawLast.x - jawFirst.x) / faceWidth };
  const lift = config.foreheadLiftOfFaceWidth * faceWidth;
  const jawLeft = mean([1, 2, 3, 4].map((i) => point(landmarks, i)));
  const jawRight = mean([12, 13, 14, 15].map((i) => point(landmarks, i)));
  const leftCheek = midpoint(jawLeft, point(landmarks, Landmark.nostrilLeft));
  const rightCheek = midpoint(jawRight, point(landmarks, Landmark.nostrilRight));
  const browMiddle = midpoint(point(landmarks, Landmark.innerBrowLeft), point(landmarks, Landmark.innerBrowRight));
  const forehead = { x: browMiddle.x + lift * up.x, y: browMiddle.y + lift * up.y };
  return [boxAround(leftCheek, half), boxAround(rightCheek, half), boxAround(forehead, half)];
}

function median(values: number[]): number {
  const sorted = values.slice().sort((p, q) => p - q);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function patchMedians(rgb: Uint8Array, width: number, height: number, box: PixelBox): Lab | null {
  const L: number[] = [];
  const a: number[] = [];
  const b: number[] = [];
  for (let y = Math.max(0, box.y0); y <= Math.min(height - 1, box.y1); y++) {
    for (let x = Math.max(0, box.x0); x <= Math.min(width - 1, box.x1); x++) {
      const i = (y * width + x) * 3;
      const lab = rgbToLab(rgb[i]!, rgb[i + 1]!, rgb[i + 2]!);
      L.push(lab.L);
      a.push(lab.a);
      b.push(lab.b);
    }
  }
  return L.length === 0 ? null : { L: median(L), a: median(a), b: median(b) };
}

/**
 * The skin colour of the patches: the median within each patch shrugs off a strand of hair or a
 * highlight, and the median across the three patches drops one patch that is wholly wrong (a
 * fringe over the forehead, a cheek in deep shadow). Returns null when no patch pixel falls
 * inside the image.
 */
export function skinLab(rgb: Uint8Array, width: number, height: number, boxes: readonly PixelBox[]): Lab | null {
  if (rgb.length !== width * height * 3) throw new Error(`expected ${width * height * 3} RGB bytes, got ${rgb.length}`);
  const patches = boxes.map((box) => patchMedians(rgb, width, height, box)).filter((lab) => lab !== null);
  if (patches.length === 0) return null;
  return {
    L: median(patches.map((lab) => lab.L)),
    a: median(patches.map((lab) => lab.a)),
    b: median(patches.map((lab) => lab.b)),
  };
}

/** ITA° of a face in an RGB image, from its landmarks in that image's pixel coordinates. */
export function measureIta(
  rgb: Uint8Array,
  width: number,
  height: number,
  landmarks: readonly Point[],
  config: SkinPatchConfig = DEFAULT_SKIN_PATCHES,
): number | null {
  const lab = skinLab(rgb, width, height, skinPatches(landmarks, config));
  return lab === null ? null : itaDegrees(lab);
}
