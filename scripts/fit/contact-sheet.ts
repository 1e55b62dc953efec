/**
 * A contact sheet of the evaluation's first seeds — each attribute at slider 0 / 50 / 100 — to
 * check by eye that the sliders change the face and do not merely fool the classifiers.
 *
 *   tsx scripts/fit/contact-sheet.ts [--out .cache/eval/contact-sheet.png]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PNG } from 'pngjs';
import { caseKey } from './evaluationPlan';
import { EVAL_DIR, SHEET_SEEDS, sheetImagePath } from './evaluate-sliders-paths';

const SIZE = 128;
const { values } = parseArgs({
  options: { out: { type: 'string', default: resolve(EVAL_DIR, 'contact-sheet.png') }, locks: { type: 'string', default: '' } },
});
const locks = values.locks ? values.locks.split(',') : [];
const attributes = ['young', 'smiling', 'male', 'skinTone', 'headTurn'];
const steps = [0, 50, 100];
const seeds = Array.from({ length: SHEET_SEEDS }, (_, i) => i);

// One row per attribute; within it, each seed's faces at 0, 50 and 100 side by side.
const png = new PNG({ width: seeds.length * steps.length * SIZE, height: attributes.length * SIZE });
attributes.forEach((id, row) => {
  seeds.forEach((seed, s) => {
    steps.forEach((step, k) => {
      const key = step === 50 ? 'base' : caseKey(id, step, locks);
      const path = sheetImagePath(`${key}#${seed}`);
      if (!existsSync(path)) return;
      const rgb = readFileSync(path);
      const x0 = (s * steps.length + k) * SIZE;
      for (let y = 0; y < SIZE; y++) {
        for (let x = 0; x < SIZE; x++) {
          const from = (y * SIZE + x) * 3;
          const to = ((row * SIZE + y) * png.width + x0 + x) * 4;
          png.data[to] = rgb[from]!;
          png.data[to + 1] = rgb[from + 1]!;
          png.data[to + 2] = rgb[from + 2]!;
          png.data[to + 3] = 255;
        }
      }
    });
  });
});
writeFileSync(values.out, PNG.sync.write(png));
console.log(`wrote ${values.out}: rows ${attributes.join(', ')}; each seed at slider ${steps.join(' / ')}`);
