/**
 * Turns .cache/eval-identity/results*.jsonl into the "Judged twice" tables: identity at each
 * slider end and P(male) drift per face, plain / locked / held / Keep identity, by face-api and
 * by human; and the Keep identity verdict (ship if it cuts the mean identity distance at the ends
 * by ≥ 30 % and keeps ≥ 70 % of the own change, for Smiling and Young). Prints Markdown; --write
 * stores models/identity-evaluation.json.
 *
 *   tsx scripts/fit/summarize-identity.ts [--write]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { identityResultFiles, type IdentityRow } from './identityEvaluationPaths';
import { IDENTITY_FAMILIES } from './identityEvaluationPlan';
import { keepIdentityVerdict, summarizeFamily, type FamilySummary, type IdentityAtEnd } from './identitySummary';
import { humanSimilarity } from './nodeHuman';

const lines = identityResultFiles().flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean));
// The last row per case, seed and basis wins (a rerun may repeat one).
const byKey = new Map<string, IdentityRow>();
for (const row of lines.map((l) => JSON.parse(l) as IdentityRow)) byKey.set(`${row.key}@${row.basis?.faces ?? ''}#${row.seed}`, row);
const allRows = [...byKey.values()];
// Keep identity: the rows of the largest basis evaluated.
const basisFaces = Math.max(0, ...allRows.map((r) => r.basis?.faces ?? 0));
const rows = allRows.filter((r) => r.edit !== 'keep' || r.basis?.faces === basisFaces);
const basis = rows.find((r) => r.basis)?.basis ?? null;

const summaries: FamilySummary[] = IDENTITY_FAMILIES.flatMap((f) =>
  f.edits.map((edit) => summarizeFamily(rows, { attribute: f.attribute, locks: f.locks, edit }, humanSimilarity)),
).filter((s) => s.byJudge.faceApi.own.faces > 0);

const fmt = (x: number, digits = 2) => (Number.isNaN(x) ? '–' : x.toFixed(digits));
const signed = (x: number, digits = 2) => (Number.isNaN(x) ? '–' : `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(digits)}`);
const EDIT_WORDS = { plain: 'as is', lock: 'Male locked (linear)', hold: 'Male locked, held per face', keep: 'Keep identity' } as const;
const ends = (i: { at0: IdentityAtEnd; at100: IdentityAtEnd }, digits = 2) =>
  `${fmt(i.at0.mean, digits)} / ${fmt(i.at100.mean, digits)} (${i.at0.different + i.at100.different} of ${i.at0.faces + i.at100.faces})`;

console.log(
  '\n| slider 0 → 100 | edit | faces | own Δ face-api · human | ΔP(male) mean · mean\\|Δ\\| face-api | same, human | identity at 0 / 100, face-api distance (different) | human similarity (different) |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const s of summaries) {
  const [f, h] = [s.byJudge.faceApi, s.byJudge.human];
  const digits = s.attribute === 'young' ? 1 : 2;
  console.log(
    `| ${s.attribute} | ${EDIT_WORDS[s.edit]} | ${f.own.faces} | ${signed(f.own.meanDelta, digits)} · ${signed(h.own.meanDelta, digits)} | ${signed(f.pMale.meanDelta)} · ${fmt(f.pMale.meanAbsDelta)} | ${signed(h.pMale.meanDelta)} · ${fmt(h.pMale.meanAbsDelta)} | ${ends(f.identity)} | ${ends(h.identity)} |`,
  );
}
const verdict = keepIdentityVerdict(summaries);
console.log(`\nKeep identity (basis: ${basis ? `${basis.k} directions from ${basis.faces} faces` : 'not evaluated'}):`);
for (const v of verdict.sliders) {
  console.log(
    `  ${v.attribute}: identity distance at the ends ${fmt(v.plainDistance)} → ${fmt(v.keepDistance)} (cut ${fmt(100 * v.distanceCut, 0)} %), own change kept ${fmt(100 * v.ownKept, 0)} %`,
  );
}
console.log(`  ships: ${verdict.ships}`);
const seeds = new Set(rows.map((r) => r.seed)).size;
console.log(`${rows.length} faces judged, ${seeds} held-out seeds.`);
if (process.argv.includes('--write')) {
  const path = resolve(import.meta.dirname, '../../models/identity-evaluation.json');
  const json = {
    seeds,
    faces: rows.length,
    date: new Date().toISOString().slice(0, 10),
    keepIdentityBasis: basis,
    summaries,
    keepIdentity: verdict,
  };
  writeFileSync(path, JSON.stringify(json, (_, v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(4)) : v), 2) + '\n');
  console.log(`wrote ${path}`);
}
