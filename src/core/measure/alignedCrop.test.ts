import { describe, expect, it } from 'vitest';
import { ALIGNED_FACE_BOX, luminanceSpread, MIN_FACE_CONTRAST, paddedRelativeBox } from './alignedCrop';

describe('aligned crop', () => {
  it('places the box inside the padded picture at the same pixels', () => {
    const box = paddedRelativeBox({ x: 0.25, y: 0.5, width: 0.5, height: 0.25 }, 128, 128, 64);
    expect(box.x * 256).toBeCloseTo(64 + 32);
    expect(box.y * 256).toBeCloseTo(64 + 64);
    expect(box.width * 256).toBeCloseTo(64);
    expect(box.height * 256).toBeCloseTo(32);
  });

  it('keeps the default box on the picture once padded', () => {
    const box = paddedRelativeBox(ALIGNED_FACE_BOX, 128, 128, 64);
    expect(box.x).toBeGreaterThan(0);
    expect(box.x + box.width).toBeLessThan(1);
  });

  it('tells a flat picture from one with a face-like spread of light', () => {
    expect(luminanceSpread(new Uint8Array(300).fill(128))).toBe(0);
    const halves = Uint8Array.from({ length: 300 }, (_, i) => (i < 150 ? 60 : 200));
    expect(luminanceSpread(halves)).toBeGreaterThan(MIN_FACE_CONTRAST);
  });
});
