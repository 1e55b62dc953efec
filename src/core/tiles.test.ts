import { describe, expect, it } from 'vitest';
import { pasteTileCore, planTiles } from './tiles';

describe('planTiles', () => {
  it('covers every pixel exactly once with cores, and pads inputs within the image', () => {
    const tiles = planTiles(128, 128, 48, 8);
    const covered = new Uint8Array(128 * 128);
    for (const t of tiles) {
      for (let y = t.y; y < t.y + t.height; y++) for (let x = t.x; x < t.x + t.width; x++) covered[y * 128 + x]!++;
      expect(t.inputX).toBeGreaterThanOrEqual(0);
      expect(t.inputX + t.inputWidth).toBeLessThanOrEqual(128);
      expect(t.x - t.inputX).toBeLessThanOrEqual(8);
    }
    expect(tiles).toHaveLength(9);
    expect(covered.every((n) => n === 1)).toBe(true);
  });

  it('gives one tile without margin when the tile is the whole image', () => {
    expect(planTiles(32, 32, 32, 6)).toEqual([
      { x: 0, y: 0, width: 32, height: 32, inputX: 0, inputY: 0, inputWidth: 32, inputHeight: 32 },
    ]);
  });

  it('rejects a tile size of zero', () => {
    expect(() => planTiles(8, 8, 0, 0)).toThrow(/bad tiling/);
  });
});

describe('pasteTileCore', () => {
  it('keeps only the core of the upscaled region, at its place', () => {
    // 4×4 image, 2×2 tiles with margin 1, scale 2: the bottom-right tile reads rows/cols 1..3.
    const tile = planTiles(4, 4, 2, 1)[3]!;
    const regionWidth = tile.inputWidth * 2;
    const rgb = new Uint8Array(regionWidth * tile.inputHeight * 2 * 3);
    for (let i = 0; i < rgb.length / 3; i++) rgb.fill((i % regionWidth) + 10 * Math.floor(i / regionWidth), i * 3, i * 3 + 3);
    const target = new Uint8ClampedArray(8 * 8 * 4);
    pasteTileCore(target, 8, tile, 2, rgb);
    // Output pixel (4,4) is region pixel (2,2): value 2 + 10·2.
    expect(target[(4 * 8 + 4) * 4]).toBe(22);
    expect(target[(7 * 8 + 7) * 4]).toBe(55);
    expect(target[(3 * 8 + 3) * 4 + 3]).toBe(0);
  });
});
