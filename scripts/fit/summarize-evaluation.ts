/**
 * Turns .cache/eval/results-*.jsonl into the slider quality table (does each slider move its own
 * attribute, monotonically and far enough?) and the side-effect table (what else moves, with and
 * without locks). Prints Markdown and writes models/slider-evaluation.json.
 *
 *   tsx scripts/fit/summarize-evaluation.ts [--write]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FaceMeasurement } from '../../src/core/measure/faceMeasurer';
import { EVAL_DIR } from './evaluate-sliders-paths';
import { caseKey, END_STEPS, LOCK_CASES, MAIN_STEPS } from './evaluationPlan';
interface Row {
  key: string;
  attribute: string | null;
  slider: number;
  locks: string[];
  seed: number;
  measurement: FaceMeasurement;
}

const rows: Row[] = readdirSync(EVAL_DIR)
  .filter((f) => /^results-\d+\.jsonl$/.test(f))
  .flatMap((f) =>
    readFileSync(resolve(EVAL_DIR, f), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Row),
  );

const MEASURES = {
  pHappy: (m: FaceMeasurement) => m.expressions?.happy ?? null,
  pMale: (m: FaceMeasurement) => m.pMale,
  age: (m: FaceMeasurement) => m.age,
  skinL: (m: FaceMeasurement) => m.skin?.lightness ?? null,
  yaw: (m: FaceMeasurement) => m.yaw,
};
type MeasureName = keyof typeof MEASURES;
const OWN: Record<string, MeasureName> = { smiling: 'pHappy', male: 'pMale', young: 'age', skinTone: 'skinL', headTurn: 'yaw' };

function stats(key: string) {
  const group = rows.filter((r) => r.key === key);
  const found = group.filter((r) => r.measurement.found);
  const means = Object.fromEntries(
    Object.entries(MEASURES).map(([name, read]) => {
      const xs = found.map((r) => read(r.measurement)).filter((x): x is number => x !== null);
      return [name, xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN];
    }),
  ) as Record<MeasureName, number>;
  return { n: group.length, found: found.length, means };
}

const fmt = (x: number, digits = 2) => (Number.isNaN(x) ? '–' : x.toFixed(digits));
const signed = (x: number, digits = 2) => (Number.isNaN(x) ? '–' : `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(digits)}`);
const DIGITS: Record<MeasureName, number> = { pHappy: 2, pMale: 2, age: 1, skinL: 1, yaw: 1 };

const attributes = [...new Set(rows.map((r) => r.attribute).filter((a): a is string => a !== null))];
const quality = attributes.map((id) => {
  const steps = ['young', 'smiling', 'male'].includes(id) ? [...MAIN_STEPS.slice(0, 2), 50, ...MAIN_STEPS.slice(2)] : [0, 50, 100];
  const measure = OWN[id]!;
  const series = steps.map((s) => (s === 50 ? stats('base') : stats(caseKey(id, s, []))));
  const values = series.map((s) => s.means[measure]);
  const rising = values.every((v, i) => i === 0 || v >= values[i - 1]!);
  const falling = values.every((v, i) => i === 0 || v <= values[i - 1]!);
  return { id, measure, steps, values, monotonic: rising || falling, found: series.map((s) => `${s.found}/${s.n}`) };
});

console.log('\n### Each slider on its own attribute (mean over held-out seeds)\n');
console.log('| slider | measured | at 0 | 25 | 50 | 75 | 100 | monotonic | faces found |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const q of quality) {
  const at = (s: number) => (q.steps.includes(s) ? fmt(q.values[q.steps.indexOf(s)]!, DIGITS[q.measure as MeasureName]) : '');
  console.log(
    `| ${q.id} | ${q.measure} | ${at(0)} | ${at(25)} | ${at(50)} | ${at(75)} | ${at(100)} | ${q.monotonic ? 'yes' : 'no'} | ${q.found.join(' · ')} |`,
  );
}

const families = [
  ...attributes.map((id) => ({ attribute: id, locks: [] as string[] })),
  ...LOCK_CASES.filter((c) => rows.some((r) => r.key === caseKey(c.attribute, END_STEPS[0]!, c.locks))),
];
const effects = families.map(({ attribute, locks }) => {
  const low = stats(caseKey(attribute, 0, locks));
  const high = stats(caseKey(attribute, 100, locks));
  const delta = Object.fromEntries(Object.keys(MEASURES).map((m) => [m, high.means[m as MeasureName] - low.means[m as MeasureName]]));
  return { attribute, locks, delta, found: `${low.found + high.found}/${low.n + high.n}` };
});
console.log('\n### Side effects: change from slider 0 to 100 (mean over held-out seeds)\n');
console.log('| slider | locks | ΔP(happy) | ΔP(male) | Δage (years) | Δskin L* | Δyaw° | faces found |');
console.log('|---|---|---|---|---|---|---|---|');
for (const e of effects) {
  const d = e.delta as Record<MeasureName, number>;
  console.log(
    `| ${e.attribute} | ${e.locks.join(', ') || '—'} | ${signed(d.pHappy)} | ${signed(d.pMale)} | ${signed(d.age, 1)} | ${signed(d.skinL, 1)} | ${signed(d.yaw, 1)} | ${e.found} |`,
  );
}
const seeds = new Set(rows.map((r) => r.seed)).size;
console.log(`\n${rows.length} faces, ${seeds} held-out seeds.`);
if (process.argv.includes('--write')) {
  const path = resolve(import.meta.dirname, '../../models/slider-evaluation.json');
  writeFileSync(
    path,
    JSON.stringify({ seeds, faces: rows.length, date: new Date().toISOString().slice(0, 10), quality, effects }, null, 2) + '\n',
  );
  console.log(`wrote ${path}`);
}
