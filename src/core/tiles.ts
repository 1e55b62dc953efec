/**
 * Tiles for a super-resolution pass that must not hold its thread for long: the face is cut
 * into square tiles, each read with a margin of context so convolutions see the same
 * neighbourhood as in one whole pass, and only each tile's core is kept.
 */
export interface Tile {
  /** The core this tile contributes, in input pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The region fed to the network: the core plus up to `margin` pixels of context each side. */
  inputX: number;
  inputY: number;
  inputWidth: number;
  inputHeight: number;
}

export function planTiles(width: number, height: number, tileSize: number, margin: number): Tile[] {
  if (tileSize <= 0 || margin < 0) throw new Error(`bad tiling: tile ${tileSize}, margin ${margin}`);
  const tiles: Tile[] = [];
  for (let y = 0; y < height; y += tileSize) {
    for (let x = 0; x < width; x += tileSize) {
      const w = Math.min(tileSize, width - x);
      const h = Math.min(tileSize, height - y);
      const inputX = Math.max(0, x - margin);
      const inputY = Math.max(0, y - margin);
      tiles.push({
        x,
        y,
        width: w,
        height: h,
        inputX,
        inputY,
        inputWidth: Math.min(width, x + w + margin) - inputX,
        inputHeight: Math.min(height, y + h + margin) - inputY,
      });
    }
  }
  return tiles;
}

/** Copies an upscaled tile's core (RGB bytes of its whole input region × scale) into an RGBA image. */
export function pasteTileCore(target: Uint8ClampedArray, targetWidth: number, tile: Tile, scale: number, rgb: Uint8Array): void {
  const regionWidth = tile.inputWidth * scale;
  const offsetX = (tile.x - tile.inputX) * scale;
  const offsetY = (tile.y - tile.inputY) * scale;
  for (let row = 0; row < tile.height * scale; row++) {
    for (let col = 0; col < tile.width * scale; col++) {
      const from = ((offsetY + row) * regionWidth + offsetX + col) * 3;
      const to = ((tile.y * scale + row) * targetWidth + tile.x * scale + col) * 4;
      target[to] = rgb[from]!;
      target[to + 1] = rgb[from + 1]!;
      target[to + 2] = rgb[from + 2]!;
      target[to + 3] = 255;
    }
  }
}
