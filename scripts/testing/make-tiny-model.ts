/**
 * Writes the tiny test model (scripts/testing/tinyModel.ts) to disk, for poking at by hand; the
 * tests and the static server build it in memory instead, so nothing binary is committed.
 *
 *   tsx scripts/testing/make-tiny-model.ts [--out .cache/tiny-model]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildTinyModel } from './tinyModel';

const { values } = parseArgs({ options: { out: { type: 'string', default: '.cache/tiny-model' } } });
const outDir = resolve(values.out!);
mkdirSync(outDir, { recursive: true });
for (const [name, data] of buildTinyModel()) {
  writeFileSync(join(outDir, name), data);
  console.log(`make-tiny-model: ${join(outDir, name)} (${data.length} bytes)`);
}
