import { readFileSync, writeFileSync } from 'node:fs';
import { deflateSync, crc32 } from 'node:zlib';
import { skinPatches } from '../../src/core/measure/skinTone';
import { readChunkLabels } from './labels';
function png(w: number, h: number, rgb: Uint8Array): Buffer {
  const raw = Buffer.alloc((w * 3 + 1) * h); for (let y = 0; y < h; y++) Buffer.from(rgb.subarray(y * w * 3, (y + 1) * w * 3)).copy(raw, y * (w * 3 + 1) + 1);
  const chunk = (t: string, d: Buffer) => { const l = Buffer.alloc(4); l.writeUInt32BE(d.length); const td = Buffer.concat([Buffer.from(t), d]); const c = Buffer.alloc(4); c.writeUInt32BE(crc32(td) >>> 0); return Buffer.concat([l, td, c]); };
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 2;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
const ids = process.argv.slice(2).map(Number); const Z = 3, S = 128 * Z; const W = ids.length * S;
const sheet = new Uint8Array(W * S * 3);
for (const [j, id] of ids.entries()) {
  const c = Math.floor(id / 25), i = id % 25; const f = readFileSync(`.cache/fit/faces/chunk-${String(c).padStart(5, '0')}.rgb`).subarray(i * 49152, (i + 1) * 49152);
  const set = (x: number, y: number, col: number[]) => { if (x < 0 || y < 0 || x >= S || y >= S) return; sheet.set(col, (y * W + j * S + x) * 3); };
  for (let y = 0; y < S; y++) for (let x = 0; x < S; x++) { const k = (Math.floor(y / Z) * 128 + Math.floor(x / Z)) * 3; set(x, y, [f[k]!, f[k + 1]!, f[k + 2]!]); }
  const l = readChunkLabels(c).faces[i]!; console.log(id, JSON.stringify({ ...l, landmarks: undefined, expressions: undefined }));
  if (!l.landmarks) continue; const pts = l.landmarks.map(([x, y]) => ({ x, y }));
  pts.forEach((p, n) => { const col = n === 30 ? [255, 0, 0] : [0, 255, 0]; for (let d = -1; d <= 1; d++) { set(Math.round(p.x * Z) + d, Math.round(p.y * Z), col); set(Math.round(p.x * Z), Math.round(p.y * Z) + d, col); } });
  for (const b of skinPatches(pts)) for (let x = b.x0 * Z; x <= b.x1 * Z + Z - 1; x++) for (const y of [b.y0 * Z, b.y1 * Z + Z - 1]) set(x, y, [0, 128, 255]);
  for (const b of skinPatches(pts)) for (let y = b.y0 * Z; y <= b.y1 * Z + Z - 1; y++) for (const x of [b.x0 * Z, b.x1 * Z + Z - 1]) set(x, y, [0, 128, 255]);
}
writeFileSync('/tmp/render.png', png(W, S, sheet));
