/**
 * A contact sheet to look at by eye: one row per seed, one column per storage, and beside each
 * column but the first its difference from the first, amplified ×8 around grey.
 */
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

const SIDE = 128;
const AMPLIFY = 8;

export function writeContactSheet(path: string, columns: { label: string; faces: Float32Array }[], count: number, rows = 6): void {
  const shown = Math.min(rows, count);
  const tiles = columns.length * 2 - 1;
  const png = new PNG({ width: tiles * SIDE, height: shown * SIDE });
  const reference = columns[0]!.faces;
  const face = SIDE * SIDE * 3;
  for (let row = 0; row < shown; row++) {
    for (let tile = 0; tile < tiles; tile++) {
      const column = columns[Math.ceil(tile / 2)]!.faces;
      const isDiff = tile > 0 && tile % 2 === 0;
      for (let p = 0; p < SIDE * SIDE; p++) {
        const x = tile * SIDE + (p % SIDE);
        const y = row * SIDE + Math.floor(p / SIDE);
        const out = (y * png.width + x) * 4;
        for (let c = 0; c < 3; c++) {
          const i = row * face + p * 3 + c;
          const v = isDiff ? 0.5 + AMPLIFY * (column[i]! - reference[i]!) : column[i]!;
          png.data[out + c] = Math.round(255 * Math.min(1, Math.max(0, v)));
        }
        png.data[out + 3] = 255;
      }
    }
  }
  writeFileSync(path, PNG.sync.write(png));
  console.error(
    `contact sheet: ${path}; columns ${columns.map((c) => c.label).join(' | ')} (each but the first followed by its ×${AMPLIFY} difference)`,
  );
}
