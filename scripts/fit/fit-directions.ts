/**
 * Step 3 of the fit: regresses each attribute's labels on the fitting latents and writes the
 * unit directions with their slider calibration and held-out metrics (src/core/directions.ts).
 *
 *   tsx scripts/fit/fit-directions.ts [--out models/directions.json] [--force] [--allow-partial]
 *       [--n 4000] [--min-score 0.1] [--holdout 0.2] [--seed 20240601] [--percentiles 5,95] [--only skinTone,…]
 *
 * Slider calibration projects fresh latents (not the fitting ones, which the direction overfits)
 * on each direction; slider 0/100 reach the given low/high percentiles of that projection.
 * Refuses to overwrite the output without --force, and to write the default output from fewer
 * than --n labelled faces without --allow-partial.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  DIRECTIONS_FORMAT,
  roundSignificant,
  validateDirections,
  type AttributeDirection,
  type DirectionMetrics,
  type DirectionsFile,
} from '../../src/core/directions';
import { calibrateSlider } from './lib/calibration';
import { dot, norm, orthonormalBasis, projectOut } from '../../src/core/directionMath';
import { fitAttribute, type AttributeFit } from './lib/fitAttribute';
import { selectRows, times, type Matrix } from './lib/matrix';
import { holdoutSplit } from './lib/split';
import { LATENT_SIZE, latentFromSeed } from '../../src/core/latent';
import { ATTRIBUTE_SPECS, type AttributeSpec } from './attributeSpecs';
import { aboveForeheadLightness, pictureEdgesLightness } from './pictureBrightness';
import { FACE_SIZE, FACES_PER_CHUNK, FIT_SEED_BASE, chunkPath } from './config';
import { LABELS_DIR, finishedChunks, packageVersions, readChunkLabels, type FaceLabel } from './labels';

const DEFAULT_OUT = resolve(import.meta.dirname, '../../models/directions.json');
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: DEFAULT_OUT },
    force: { type: 'boolean', default: false },
    'allow-partial': { type: 'boolean', default: false },
    n: { type: 'string', default: '4000' },
    'min-score': { type: 'string', default: '0.1' },
    holdout: { type: 'string', default: '0.2' },
    seed: { type: 'string', default: '20240601' },
    percentiles: { type: 'string', default: '5,95' },
    only: { type: 'string' },
  },
});
const out = resolve(values.out);
const minScore = Number(values['min-score']);
const holdoutFraction = Number(values.holdout);
const holdoutSeed = Number(values.seed);
const [lowPercentile, highPercentile] = values.percentiles.split(',').map(Number) as [number, number];
if (!(0 <= lowPercentile && lowPercentile < 50 && 50 < highPercentile && highPercentile <= 100))
  throw new Error(`bad --percentiles ${values.percentiles}`);
if (existsSync(out) && !values.force) throw new Error(`${out} exists; pass --force to replace it`);

const chunks = finishedChunks(LABELS_DIR, 'json');
const labelFiles = chunks.map(readChunkLabels);
const measurer = JSON.stringify(labelFiles[0]?.measurer);
const mixed = labelFiles.find((f) => JSON.stringify(f.measurer) !== measurer || f.fitSeedBase !== FIT_SEED_BASE);
if (mixed) throw new Error(`chunk ${mixed.chunk} was labelled with other settings; relabel with label-faces.ts --force`);
const all = labelFiles.flatMap((f) => f.faces);
if (all.length < Number(values.n) && out === DEFAULT_OUT && !values['allow-partial']) {
  throw new Error(`only ${all.length} of ${values.n} faces are labelled; write elsewhere with --out or pass --allow-partial`);
}
const used = all.filter((f) => f.found && f.detectionScore !== null && f.detectionScore >= minScore);
console.log(`${all.length} faces labelled, ${all.filter((f) => f.found).length} detected, ${used.length} with score ≥ ${minScore} used`);

function latentMatrix(seeds: readonly number[]): Matrix {
  const data = new Float64Array(seeds.length * LATENT_SIZE);
  seeds.forEach((seed, i) => data.set(latentFromSeed(seed), i * LATENT_SIZE));
  return { rows: seeds.length, cols: LATENT_SIZE, data };
}
const latents = latentMatrix(used.map((f) => f.seed));
// Fresh latents for the slider calibration, from a seed range neither the fit nor (likely) a larger fit uses.
const CALIBRATION_SEED_BASE = FIT_SEED_BASE + 500_000_000;
const CALIBRATION_COUNT = 10_000;
const calibrationLatents = latentMatrix(Array.from({ length: CALIBRATION_COUNT }, (_, k) => CALIBRATION_SEED_BASE + k));
const calibrationSample = `${CALIBRATION_COUNT} fresh latents, seeds ${CALIBRATION_SEED_BASE}..${CALIBRATION_SEED_BASE + CALIBRATION_COUNT - 1}`;

function toMetrics(fit: AttributeFit): DirectionMetrics {
  const h = fit.heldOut;
  return h.kind === 'logistic'
    ? {
        kind: h.kind,
        heldOutAccuracy: h.accuracy,
        heldOutAuc: h.auc,
        heldOutLogLoss: h.logLoss,
        positiveFraction: h.positiveFraction,
        nTrain: h.nTrain,
        nTest: h.nTest,
        stability: fit.stability,
      }
    : {
        kind: h.kind,
        heldOutRSquared: h.rSquared,
        heldOutRmse: h.rmse,
        targetStd: h.targetStd,
        nTrain: h.nTrain,
        nTest: h.nTest,
        stability: fit.stability,
      };
}

const unit = (v: ArrayLike<number>) => {
  const n = norm(v);
  return Array.from(v, (x) => x / n);
};

/** The target's least-squares change per latent unit along `direction` (the held direction's effect). */
function slopeAlong(x: Matrix, y: Float64Array, direction: ArrayLike<number>): number {
  const t = times(x, Float64Array.from(direction));
  const mt = t.reduce((a, b) => a + b, 0) / t.length;
  const my = y.reduce((a, b) => a + b, 0) / y.length;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < t.length; i++) {
    sxy += (t[i]! - mt) * (y[i]! - my);
    sxx += (t[i]! - mt) ** 2;
  }
  return sxy / sxx;
}

/** Ridge directions of the picture readings to hold apart, from the fitting faces' pixels. */
function holdApart(readings: NonNullable<AttributeSpec['holdApart']>, faces: readonly FaceLabel[]): Float64Array[] {
  const pictures = new Map<number, Uint8Array>();
  const pictureOf = (index: number) => {
    const chunk = Math.floor(index / FACES_PER_CHUNK);
    if (!pictures.has(chunk)) pictures.set(chunk, new Uint8Array(readFileSync(chunkPath(chunk))));
    const bytes = FACE_SIZE * FACE_SIZE * 3;
    return pictures.get(chunk)!.subarray((index % FACES_PER_CHUNK) * bytes, ((index % FACES_PER_CHUNK) + 1) * bytes);
  };
  return readings.map((reading) => {
    const values = faces.map((f) => {
      const rgb = pictureOf(f.index);
      return reading === 'pictureEdges'
        ? pictureEdgesLightness(rgb)
        : aboveForeheadLightness(
            rgb,
            f.landmarks!.map(([px, py]) => ({ x: px, y: py })),
          );
    });
    const rows = values.flatMap((v, i) => (v === null ? [] : [i]));
    const heldFit = fitAttribute(
      'ridge',
      selectRows(latents, rows),
      Float64Array.from(rows, (i) => values[i]!),
      holdoutSplit(rows.length, holdoutFraction, holdoutSeed),
    );
    if (heldFit.heldOut.kind === 'ridge')
      console.log(`  ${reading} L*: held-out R² ${heldFit.heldOut.rSquared.toFixed(3)} (n=${rows.length})`);
    return heldFit.direction;
  });
}

const roundAll = <T extends object>(o: T): T => JSON.parse(JSON.stringify(o, (_, v) => (typeof v === 'number' ? roundSignificant(v) : v)));

const attributes: AttributeDirection[] = [];
for (const spec of ATTRIBUTE_SPECS.filter((s) => !values.only || values.only.split(',').includes(s.id))) {
  const started = performance.now();
  const rows = used.flatMap((f: FaceLabel, i) => (spec.value(f) === null ? [] : [i]));
  const x = selectRows(latents, rows);
  const y = Float64Array.from(rows, (i) => spec.value(used[i]!)!);
  const fit = fitAttribute(spec.kind, x, y, holdoutSplit(rows.length, holdoutFraction, holdoutSeed));
  if (spec.holdApart) {
    const held = holdApart(spec.holdApart, used);
    const before = fit.direction;
    fit.direction = Float64Array.from(unit(projectOut(fit.direction, orthonormalBasis(held))));
    fit.effectPerUnit = slopeAlong(x, y, fit.direction);
    console.log(
      `${spec.id}: held apart from ${spec.holdApart.join(', ')}; cosine with the free direction ${dot(before, fit.direction).toFixed(3)}`,
    );
  }
  const calibration = calibrateSlider(times(calibrationLatents, fit.direction), fit.effectPerUnit, {
    lowPercentile,
    highPercentile,
    effectUnit: spec.effectUnit,
    sample: calibrationSample,
  });
  const rounded = Array.from(fit.direction, (v) => roundSignificant(v));
  attributes.push({
    id: spec.id,
    label: spec.label,
    target: spec.target,
    fitKind: spec.kind,
    lambda: roundSignificant(fit.lambda),
    direction: rounded,
    calibration: roundAll(calibration),
    metrics: roundAll(toMetrics(fit)),
  });
  const h = fit.heldOut;
  const score =
    h.kind === 'logistic'
      ? `accuracy ${h.accuracy.toFixed(3)}, AUC ${h.auc.toFixed(3)}, positives ${(100 * h.positiveFraction).toFixed(0)}%`
      : `R² ${h.rSquared.toFixed(3)}, RMSE ${h.rmse.toFixed(2)} (target sd ${h.targetStd.toFixed(2)})`;
  console.log(
    `${spec.id.padEnd(9)} ${spec.kind.padEnd(8)} n=${rows.length} λ=${fit.lambda.toFixed(0)} held-out ${score}; stability ${fit.stability.toFixed(3)}; ` +
      `slider 0/100 = ${calibration.offsetAt0.toFixed(2)}/${calibration.offsetAt100.toFixed(2)} latent = ${calibration.effectAt0.toFixed(1)}/${calibration.effectAt100.toFixed(1)} ${spec.effectUnit} (${((performance.now() - started) / 1000).toFixed(0)} s)`,
  );
}

console.log('cosines between directions (entanglement):');
for (const a of attributes) {
  console.log(
    `  ${a.id.padEnd(9)} ${attributes
      .map((b) =>
        a.direction
          .reduce((s, v, j) => s + v * b.direction[j]!, 0)
          .toFixed(2)
          .padStart(6),
      )
      .join(' ')}`,
  );
}

const labelPackages = labelFiles[0]?.packages ?? {};
const modelManifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../models/progan-128/float32/manifest.json'), 'utf8')) as {
  source: { package: string; version: string };
};
const file: DirectionsFile = {
  format: DIRECTIONS_FORMAT,
  latentSize: LATENT_SIZE,
  attributes,
  provenance: {
    packages: {
      [modelManifest.source.package]: modelManifest.source.version,
      ...labelPackages,
      ...packageVersions(['@tensorflow/tfjs', 'd3-random']),
    },
    fitSeedBase: FIT_SEED_BASE,
    n: all.length,
    nUsed: used.length,
    minDetectionScore: minScore,
    holdoutFraction,
    holdoutSeed,
    date: new Date().toISOString(),
    measurer: labelFiles[0]?.measurer,
  },
};
const checked = validateDirections(JSON.parse(JSON.stringify(file)), LATENT_SIZE);
if (!checked.ok) throw new Error(`refusing to write invalid directions: ${checked.reason}`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out + '.tmp', JSON.stringify(file) + '\n');
renameSync(out + '.tmp', out);
console.log(`wrote ${out}`);
