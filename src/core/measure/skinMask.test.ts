import { describe, expect, it } from 'vitest';
import { point } from './landmarks';
import { skinMask } from './skinMask';
import { syntheticLandmarks } from './syntheticLandmarks';

const SIZE = 128;
const landmarks = syntheticLandmarks({ centreX: 64, eyeY: 52, width: 80 });
const mask = skinMask(landmarks, SIZE, SIZE);
const at = (x: number, y: number) => mask[Math.floor(y) * SIZE + Math.floor(x)];

describe('skin mask from the 68 landmarks', () => {
  it('keeps the cheeks, the nose bridge and the forehead', () => {
    expect(at(40, 68)).toBe(1); // left cheek, below the eye, beside the nose
    expect(at(88, 68)).toBe(1);
    expect(at(64, 60)).toBe(1); // nose bridge
    expect(at(64, 38)).toBe(1); // forehead, above the brows
  });

  it('leaves out the eyes, the brows, the nostrils and everything below the nose', () => {
    for (const i of [36, 39, 42, 45]) expect(at(point(landmarks, i).x, point(landmarks, i).y)).toBe(0);
    for (const i of [17, 19, 21, 22, 24, 26]) expect(at(point(landmarks, i).x, point(landmarks, i).y)).toBe(0);
    for (const i of [31, 33, 35]) expect(at(point(landmarks, i).x, point(landmarks, i).y - 1)).toBe(0);
    for (const i of [48, 51, 54, 57, 62]) expect(at(point(landmarks, i).x, point(landmarks, i).y)).toBe(0);
    expect(at(64, 112)).toBe(0); // chin and beard area
  });

  it('stays inside the face: nothing at the image corners or beyond the jaw', () => {
    expect(at(2, 2)).toBe(0);
    expect(at(125, 60)).toBe(0);
    expect(at(20, 60)).toBe(0);
  });

  it('covers a useful share of the face', () => {
    const count = mask.reduce((sum, v) => sum + v, 0);
    expect(count).toBeGreaterThan(400);
    expect(count).toBeLessThan(SIZE * SIZE * 0.3);
  });

  it('follows a tilted head: the forehead band moves with the brows', () => {
    const tilted = landmarks.map((p) => ({ x: p.x, y: p.y + (p.x - 64) * 0.2 }));
    const m = skinMask(tilted, SIZE, SIZE);
    expect(m.reduce((sum, v) => sum + v, 0)).toBeGreaterThan(400);
  });
});
