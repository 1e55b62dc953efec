/**
 * Contact sheets for rating the rated set by eye: faces in a shuffled order (so a rater cannot
 * tell which slider made a face), each numbered with its index, and the ten Monk Skin Tone
 * swatches along the bottom of every sheet to compare against.
 *
 *   tsx scripts/research/skin/rating-sheets.ts [--per-sheet 24] [--scale 2]
 *   tsx scripts/research/skin/rating-sheets.ts --shuffle 2 --limit 48 --name rerate   (a second blind pass, for the rater's own consistency)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PNG } from 'pngjs';
import { MONK_SWATCHES } from '../../../src/core/measure/monkScale';
import { SKIN_CACHE_DIR, ratedFacePath, ratedSetPlan } from './ratedSet';

const { values } = parseArgs({
  options: {
    'per-sheet': { type: 'string', default: '24' },
    scale: { type: 'string', default: '2' },
    shuffle: { type: 'string', default: '1' },
    limit: { type: 'string' },
    name: { type: 'string', default: 'sheet' },
  },
});
const perSheet = Number(values['per-sheet']);
const scale = Number(values.scale);
const SIZE = 128;
const COLUMNS = 6;
const LABEL = 14;

// A 3×5 bitmap font for the digits, enough to number faces without a canvas.
const DIGITS = [
  '111101101101111',
  '010110010010111',
  '111001111100111',
  '111001111001111',
  '101101111001001',
  '111100111001111',
  '111100111101111',
  '111001001001001',
  '111101111101111',
  '111101111001111',
];

function put(png: PNG, x: number, y: number, rgb: readonly number[]) {
  if (x < 0 || y < 0 || x >= png.width || y >= png.height) return;
  const i = (y * png.width + x) * 4;
  png.data[i] = rgb[0]!;
  png.data[i + 1] = rgb[1]!;
  png.data[i + 2] = rgb[2]!;
  png.data[i + 3] = 255;
}

function text(png: PNG, x0: number, y0: number, value: string, px = 2) {
  [...value].forEach((ch, k) => {
    const bits = DIGITS[Number(ch)]!;
    for (let i = 0; i < 15; i++) {
      if (bits[i] !== '1') continue;
      for (let dy = 0; dy < px; dy++)
        for (let dx = 0; dx < px; dx++) put(png, x0 + k * 4 * px + (i % 3) * px + dx, y0 + Math.floor(i / 3) * px + dy, [0, 0, 0]);
    }
  });
}

/** A fixed shuffle (mulberry32 over a constant) so the sheets are the same every run. */
function shuffled<T>(items: T[], pass: number): T[] {
  let state = 0x5eed * pass;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const order = shuffled(
  ratedSetPlan().filter((f) => existsSync(ratedFacePath(f.index))),
  Number(values.shuffle),
).slice(0, values.limit === undefined ? undefined : Number(values.limit));
const cell = SIZE * scale;
const swatchRow = 40;
mkdirSync(resolve(SKIN_CACHE_DIR, 'sheets'), { recursive: true });
for (let sheet = 0; sheet * perSheet < order.length; sheet++) {
  const faces = order.slice(sheet * perSheet, (sheet + 1) * perSheet);
  const rows = Math.ceil(faces.length / COLUMNS);
  const png = new PNG({ width: COLUMNS * cell, height: rows * (cell + LABEL) + swatchRow + LABEL });
  png.data.fill(255);
  faces.forEach((face, k) => {
    const rgb = readFileSync(ratedFacePath(face.index));
    const x0 = (k % COLUMNS) * cell;
    const y0 = Math.floor(k / COLUMNS) * (cell + LABEL);
    text(png, x0 + 4, y0 + 2, String(face.index));
    for (let y = 0; y < cell; y++) {
      for (let x = 0; x < cell; x++) {
        const from = (Math.floor(y / scale) * SIZE + Math.floor(x / scale)) * 3;
        put(png, x0 + x, y0 + LABEL + y, [rgb[from]!, rgb[from + 1]!, rgb[from + 2]!]);
      }
    }
  });
  const top = rows * (cell + LABEL);
  const width = png.width / MONK_SWATCHES.length;
  MONK_SWATCHES.forEach((swatch, k) => {
    text(png, Math.round(k * width) + 4, top + 2, String(k + 1));
    for (let y = 0; y < swatchRow; y++)
      for (let x = 0; x < width - 2; x++) put(png, Math.round(k * width) + x, top + LABEL + y, swatch.rgb);
  });
  const path = resolve(SKIN_CACHE_DIR, 'sheets', `${values.name}-${String(sheet + 1).padStart(2, '0')}.png`);
  writeFileSync(path, PNG.sync.write(png));
  console.log(`${path}: faces ${faces.map((f) => f.index).join(' ')}`);
}
