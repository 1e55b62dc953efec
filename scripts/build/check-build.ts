/**
 * Checks a production build: test and benchmark probes (src/testing/) must not ship. They are
 * attached only in `vite build --mode e2e`; this fails if any built script still names them.
 *
 *   tsx scripts/build/check-build.ts [dist]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const TEST_ONLY = ['__faceExplorer', 'loseGpu', 'setQueue', 'every-request'];

function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return scripts(path);
    return name.endsWith('.js') ? [path] : [];
  });
}

const root = resolve(process.argv[2] ?? 'dist');
const files = scripts(root);
if (files.length === 0) throw new Error(`${root} has no built scripts: run npm run build first`);
const leaks = files.flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  return TEST_ONLY.filter((word) => text.includes(word)).map((word) => `${file}: ${word}`);
});
if (leaks.length > 0) {
  console.error(`check-build: test-only code in the production build:\n${leaks.join('\n')}`);
  process.exit(1);
}
console.log(`check-build: ${files.length} scripts in ${root}, no test-only code`);
