/**
 * Locks that hold per face, measured on the real model in Node (tfjs WASM, one thread, as the
 * app's WASM engine): for a few held-out seeds, Smiling at 0 and 100 with Male locked, P(male)
 * against the anchor face before (projection lock only) and after the per-face correction, the
 * solver's measures and time, and the descriptor's own cost per face. Resumable: finished cases
 * are kept in a JSON-lines log and skipped on a rerun.
 *
 *   nohup nice -n 10 npx tsx scripts/research/lock-hold/measure-lock-hold.ts > /tmp/identity-lockhold.log 2>&1 &
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import * as faceapi from '@vladmandic/face-api/dist/face-api.node-wasm.js';
import { latentForSliders } from '../../../src/core/attributes';
import { validateDirections } from '../../../src/core/directions';
import { descriptorDistance } from '../../../src/core/identity';
import { latentFromSeed } from '../../../src/core/latent';
import { holdLocks } from '../../../src/core/lockHold';
import { anchorSliders, heldLocks, lockSpecs, readingsOf } from '../../../src/core/lockPlan';
import { FaceMeasurer, type FaceMeasurement } from '../../../src/core/measure/faceMeasurer';
import { toSliderAttribute } from '../../../src/app/directionsSource';
import { loadNodeFaceMeasurer } from '../../fit/nodeFaceMeasurer';
import { loadGeneratorFromDisk, useWasmBackend } from '../../lib/nodeModel';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '1,2,3,4,5,6' },
    log: { type: 'string', default: '/tmp/identity-lockhold.jsonl' },
    out: { type: 'string', default: resolve(import.meta.dirname, '../../../models/lock-hold-evaluation.json') },
    'timing-runs': { type: 'string', default: '7' },
  },
});
const seeds = values.seeds.split(',').map(Number);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

await useWasmBackend();
const generator = await loadGeneratorFromDisk('float16');
const measurer = await loadNodeFaceMeasurer();
const withoutDescriptor = new FaceMeasurer(faceapi, { ...measurer.config, descriptor: false });
const checked = validateDirections(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../models/directions.json'), 'utf8')), 512);
if (!checked.ok) throw new Error(checked.reason);
const attributes = checked.directions.attributes.map(toSliderAttribute);
const neutral = Object.fromEntries(attributes.map((a) => [a.id, 50]));

async function faceBytes(latent: Float32Array): Promise<{ rgb: Uint8Array; ms: number }> {
  const started = performance.now();
  const bytes = tf.tidy(() => generator.generateFrom([latent]).squeeze([0]).mul(255).round().cast('int32'));
  const rgb = Uint8Array.from(await bytes.data());
  bytes.dispose();
  return { rgb, ms: performance.now() - started };
}

async function drawAndMeasure(
  latent: Float32Array,
  m: FaceMeasurer = measurer,
): Promise<{ measurement: FaceMeasurement; faceMs: number; measureMs: number }> {
  const { rgb, ms } = await faceBytes(latent);
  const started = performance.now();
  const measurement = await m.measureRgb(rgb, 128, 128);
  return { measurement, faceMs: ms, measureMs: performance.now() - started };
}

// The descriptor's cost: the same face measured with and without it, alternating.
const runs = Number(values['timing-runs']);
const timing = { faceMs: [] as number[], withMs: [] as number[], withoutMs: [] as number[] };
for (let i = 0; i < runs; i++) {
  const a = await drawAndMeasure(latentFromSeed(seeds[0]!));
  const b = await drawAndMeasure(latentFromSeed(seeds[0]!), withoutDescriptor);
  timing.faceMs.push(a.faceMs, b.faceMs);
  timing.withMs.push(a.measureMs);
  timing.withoutMs.push(b.measureMs);
}
console.log('timing', JSON.stringify({ face: median(timing.faceMs), with: median(timing.withMs), without: median(timing.withoutMs) }));

type Row = Record<string, unknown> & { key: string };
const done = new Map<string, Row>();
if (existsSync(values.log))
  for (const line of readFileSync(values.log, 'utf8').split('\n').filter(Boolean)) {
    const row = JSON.parse(line) as Row;
    done.set(row.key, row);
  }

const locked = new Set(['male']);
const specs = lockSpecs(attributes, locked, checked.directions);
for (const seed of seeds) {
  const base = latentFromSeed(seed);
  for (const smiling of [0, 100]) {
    const key = `${seed}|smiling=${smiling}|lock:male`;
    if (done.has(key)) continue;
    const sliders = { ...neutral, smiling };
    const anchor = await drawAndMeasure(latentForSliders(base, attributes, anchorSliders(sliders, locked), locked));
    const start = latentForSliders(base, attributes, sliders, locked);
    const before = await drawAndMeasure(start);
    const unlocked = await drawAndMeasure(latentForSliders(base, attributes, sliders, new Set()));
    const locks = heldLocks(specs, readingsOf(anchor.measurement));
    const row: Row = {
      key,
      seed,
      smiling,
      anchorPMale: anchor.measurement.pMale,
      unlockedPMale: unlocked.measurement.pMale,
      beforePMale: before.measurement.pMale,
    };
    if (locks) {
      const started = performance.now();
      const outcome = await holdLocks(
        start,
        locks,
        async (z) => readingsOf((await drawAndMeasure(z)).measurement),
        () => false,
        { startReadings: readingsOf(before.measurement) },
      );
      if (outcome.superseded) throw new Error('not superseded here');
      const after = outcome.readings;
      Object.assign(row, {
        holdMs: performance.now() - started,
        measures: outcome.measures,
        held: outcome.statuses[0]!.held,
        afterPMale: after?.pMale ?? null,
        residual: outcome.statuses[0]!.residual,
      });
      // Identity to the face as generated, before and after the correction (one more measuring, not timed).
      const generated = (await drawAndMeasure(base)).measurement.descriptor;
      const afterDescriptor = (await drawAndMeasure(outcome.latent)).measurement.descriptor;
      const beforeDescriptor = before.measurement.descriptor;
      if (generated && beforeDescriptor) row.identityBefore = descriptorDistance(generated, beforeDescriptor);
      if (generated && afterDescriptor) row.identityAfter = descriptorDistance(generated, afterDescriptor);
    }
    appendFileSync(values.log, JSON.stringify(row) + '\n');
    done.set(key, row);
    console.log(JSON.stringify(row));
  }
}

const rows = [...done.values()].filter((r) => typeof r.afterPMale === 'number' && typeof r.beforePMale === 'number');
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
const abs = (k: string) => rows.map((r) => Math.abs((r[k] as number) - (r.anchorPMale as number)));
const summary = {
  what: 'Smiling 0 and 100 with Male locked: |P(male) - anchor P(male)| by face-api, tfjs WASM in Node (1 thread), float16 model',
  seeds,
  faceMsMedian: median(timing.faceMs),
  measureWithDescriptorMsMedian: median(timing.withMs),
  measureWithoutDescriptorMsMedian: median(timing.withoutMs),
  timingRuns: runs,
  cases: rows.length,
  meanAbsDeltaUnlocked: mean(abs('unlockedPMale')),
  meanAbsDeltaProjectionLock: mean(abs('beforePMale')),
  meanAbsDeltaHeld: mean(abs('afterPMale')),
  heldFraction: mean(rows.map((r) => (r.held ? 1 : 0))),
  holdMsMedian: median(rows.map((r) => r.holdMs as number)),
  measuresMedian: median(rows.map((r) => r.measures as number)),
  rows: [...done.values()],
};
writeFileSync(values.out, JSON.stringify(summary, null, 2) + '\n');
console.log('summary', JSON.stringify({ ...summary, rows: undefined }));
