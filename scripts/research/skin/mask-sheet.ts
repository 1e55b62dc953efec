/**
 * A contact sheet of rated faces with the skin mask drawn over them (mask pixels tinted green,
 * the lit band the reading averages in magenta), to check by eye that the mask sits on skin.
 *
 *   tsx scripts/research/skin/mask-sheet.ts [--faces 0,1,2,…]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PNG } from 'pngjs';
import { DEFAULT_APPARENT_SKIN } from '../../../src/core/measure/apparentSkin';
import { skinMask } from '../../../src/core/measure/skinMask';
import { rgbToLab } from '../../../src/core/measure/skinTone';
import { SKIN_CACHE_DIR, ratedFacePath } from './ratedSet';

const { values } = parseArgs({ options: { faces: { type: 'string', default: '0,1,2,3,4,5,6,7,8,9,10,11' } } });
const faces = values.faces.split(',').map(Number);
const measured: { index: number; landmarks: [number, number][] | null }[] = JSON.parse(
  readFileSync(join(SKIN_CACHE_DIR, 'measured.json'), 'utf8'),
);
const S = 128;
const png = new PNG({ width: faces.length * S * 2, height: S * 2 });
faces.forEach((index, k) => {
  const rgb = readFileSync(ratedFacePath(index));
  const landmarks = measured.find((m) => m.index === index)?.landmarks;
  const mask = landmarks
    ? skinMask(
        landmarks.map(([x, y]) => ({ x, y })),
        S,
        S,
      )
    : new Uint8Array(S * S);
  const cfg = DEFAULT_APPARENT_SKIN;
  const kept = [...mask.keys()].filter(
    (p) => mask[p] && [0, 1, 2].filter((c) => rgb[3 * p + c]! >= cfg.clippedAbove).length < cfg.clippedChannels,
  );
  const L = kept.map((p) => rgbToLab(rgb[3 * p]!, rgb[3 * p + 1]!, rgb[3 * p + 2]!).L).sort((a, b) => a - b);
  const [lo, hi] = [L[Math.floor(cfg.litFrom * L.length)] ?? 0, L[Math.ceil(cfg.litTo * L.length) - 1] ?? 100];
  for (let y = 0; y < S; y++) {
    for (let x = 0; x < S; x++) {
      const p = y * S + x;
      const l = rgbToLab(rgb[3 * p]!, rgb[3 * p + 1]!, rgb[3 * p + 2]!).L;
      for (const [dx, tint] of [
        [0, false],
        [S, true],
      ] as const) {
        const o = (y * png.width + k * 2 * S + dx + x) * 4;
        let c = [rgb[3 * p]!, rgb[3 * p + 1]!, rgb[3 * p + 2]!];
        if (tint && mask[p]) c = l >= lo && l <= hi && kept.includes(p) ? [255, 0, 255] : [c[0]! / 2, 128 + c[1]! / 2, c[2]! / 2];
        png.data.set([...c, 255], o);
      }
    }
  }
});
const out = join(SKIN_CACHE_DIR, 'mask-sheet.png');
writeFileSync(out, PNG.sync.write(png));
console.log(out);
