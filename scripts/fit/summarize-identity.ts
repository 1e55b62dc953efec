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
import { IDENTITY_FAMILIES, type Edit } from './identityEvaluationPlan';
import { keepIdentityVerdict, summarizeFamily, type FamilySummary, type IdentityAtEnd } from './identitySummary';
import { humanSimilarity } from './nodeHuman';

const lines = identityResultFiles().flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean));
const basisTag = (b: IdentityRow['basis']) => (b ? `${b.k} directions from ${b.faces} faces` : '');
// The last row per case, seed and basis wins (a rerun may repeat one).
const byKey = new Map<string, IdentityRow>();
for (const row of lines.map((l) => JSON.parse(l) as IdentityRow)) byKey.set(`${row.key}@${basisTag(row.basis)}#${row.seed}`, row);
const rows = [...byKey.values()];
const bases = [...new Map(rows.flatMap((r) => (r.basis ? [[basisTag(r.basis), r.basis] as const] : []))).values()];

const summarize = (from: readonly IdentityRow[], edits: readonly Edit[]) =>
  IDENTITY_FAMILIES.flatMap((f) =>
    f.edits
      .filter((e) => edits.includes(e))
      .map((edit) => summarizeFamily(from, { attribute: f.attribute, locks: f.locks, edit }, humanSimilarity)),
  ).filter((s) => s.byJudge.faceApi.own.faces > 0);
const summaries: FamilySummary[] = summarize(rows, ['plain', 'lock', 'hold']);
// Keep identity once per basis evaluated: its rows, against the same plain sliders and bases.
// The verdict compares the same seeds: those the basis was evaluated on.
const keeps = bases.map((basis) => {
  const keepRows = rows.filter((r) => r.edit === 'keep' && basisTag(r.basis) === basisTag(basis));
  const keepSeeds = new Set(keepRows.map((r) => r.seed));
  const sameSeeds = rows.filter((r) => r.edit !== 'keep' && keepSeeds.has(r.seed));
  const keepSummaries = summarize([...sameSeeds, ...keepRows], ['keep']);
  const verdict = keepIdentityVerdict([...summarize(sameSeeds, ['plain']), ...keepSummaries]);
  return { basis, seeds: keepSeeds.size, summaries: keepSummaries, verdict };
});

const fmt = (x: number, digits = 2) => (Number.isNaN(x) ? '–' : x.toFixed(digits));
const signed = (x: number, digits = 2) => (Number.isNaN(x) ? '–' : `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(digits)}`);
const EDIT_WORDS = { plain: 'as is', lock: 'Male locked (linear)', hold: 'Male locked, held per face', keep: 'Keep identity' } as const;
const editWords = (s: FamilySummary, basis?: IdentityRow['basis']) =>
  basis ? `${EDIT_WORDS[s.edit]} (${basisTag(basis)})` : EDIT_WORDS[s.edit];
const ends = (i: { at0: IdentityAtEnd; at100: IdentityAtEnd }, digits = 2) =>
  `${fmt(i.at0.mean, digits)} / ${fmt(i.at100.mean, digits)} (${i.at0.different + i.at100.different} of ${i.at0.faces + i.at100.faces})`;

console.log(
  '\n| slider 0 → 100 | edit | faces | own Δ face-api · human | ΔP(male) mean · mean\\|Δ\\| face-api | same, human | identity at 0 / 100, face-api distance (different) | human similarity (different) |',
);
console.log('|---|---|---|---|---|---|---|---|');
const rowsOf = [
  ...summaries.map((s) => ({ s, basis: undefined })),
  ...keeps.flatMap((k) => k.summaries.map((s) => ({ s, basis: k.basis }))),
];
for (const { s, basis } of rowsOf) {
  const [f, h] = [s.byJudge.faceApi, s.byJudge.human];
  const digits = s.attribute === 'young' ? 1 : 2;
  console.log(
    `| ${s.attribute} | ${editWords(s, basis)} | ${f.own.faces} | ${signed(f.own.meanDelta, digits)} · ${signed(h.own.meanDelta, digits)} | ${signed(f.pMale.meanDelta)} · ${fmt(f.pMale.meanAbsDelta)} ± ${fmt(f.pMale.seAbsDelta)} | ${signed(h.pMale.meanDelta)} · ${fmt(h.pMale.meanAbsDelta)} ± ${fmt(h.pMale.seAbsDelta)} | ${ends(f.identity)} | ${ends(h.identity)} |`,
  );
}
for (const { basis, seeds: keepSeeds, verdict } of keeps) {
  console.log(`\nKeep identity, ${basisTag(basis)}, against the plain sliders on the same ${keepSeeds} seeds:`);
  for (const v of verdict.sliders) {
    console.log(
      `  ${v.attribute}: identity distance at the ends ${fmt(v.plainDistance)} → ${fmt(v.keepDistance)} (cut ${fmt(100 * v.distanceCut, 0)} %), own change kept ${fmt(100 * v.ownKept, 0)} %`,
    );
  }
  console.log(`  ships: ${verdict.ships}`);
}
const holds = rows.flatMap((r) => (r.hold ? [r.hold] : []));
const holdStats = {
  ends: holds.length,
  held: holds.filter((h) => h.held).length,
  meanMeasures: holds.reduce((a, h) => a + h.measures, 0) / holds.length,
  meanAbsResidual:
    holds.filter((h) => h.residual !== null).reduce((a, h) => a + Math.abs(h.residual!), 0) /
    holds.filter((h) => h.residual !== null).length,
};
console.log(
  `\nHeld per face: ${holdStats.held} of ${holdStats.ends} slider ends held within ±0.05 of the face as generated's P(male); ${fmt(holdStats.meanMeasures, 1)} extra faces drawn per end; mean |residual| ${fmt(holdStats.meanAbsResidual, 3)}`,
);
const seeds = new Set(rows.map((r) => r.seed)).size;
console.log(`${rows.length} faces judged, ${seeds} held-out seeds.`);
if (process.argv.includes('--write')) {
  const path = resolve(import.meta.dirname, '../../models/identity-evaluation.json');
  const json = {
    seeds,
    faces: rows.length,
    date: new Date().toISOString().slice(0, 10),
    summaries,
    holdStats,
    keepIdentity: keeps,
  };
  writeFileSync(path, JSON.stringify(json, (_, v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(4)) : v), 2) + '\n');
  console.log(`wrote ${path}`);
}
