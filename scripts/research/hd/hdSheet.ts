/** Contact sheets for measure-hd: faces as rows, methods as columns, at 512 px and as 1:1 crops. */
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

/** One RGB image per cell: cells[row][column], each size × size. */
export function writeSheet(path: string, cells: Uint8Array[][], size: number, crop?: { x: number; y: number; size: number }): void {
  const cell = crop?.size ?? size;
  const columns = cells[0]?.length ?? 0;
  const gap = 4;
  const png = new PNG({ width: columns * (cell + gap) - gap, height: cells.length * (cell + gap) - gap });
  png.data.fill(255);
  cells.forEach((row, r) =>
    row.forEach((rgb, c) => {
      for (let y = 0; y < cell; y++) {
        for (let x = 0; x < cell; x++) {
          const from = (((crop?.y ?? 0) + y) * size + (crop?.x ?? 0) + x) * 3;
          const to = ((r * (cell + gap) + y) * png.width + c * (cell + gap) + x) * 4;
          png.data[to] = rgb[from]!;
          png.data[to + 1] = rgb[from + 1]!;
          png.data[to + 2] = rgb[from + 2]!;
          png.data[to + 3] = 255;
        }
      }
    }),
  );
  writeFileSync(path, PNG.sync.write(png));
}
