/**
 * "Keep identity", step 2: fits a linear map latent (512) → face-api descriptor (128) on the
 * described fitting faces (ridge, λ by held-out error on a fixed 20 % split), cuts it to the rank
 * k with the lowest held-out error, and writes the map's k leading right-singular directions
 * (refitted on all faces) as an identity basis file (scripts/fit/lib/identitySubspace.ts).
 *
 *   tsx scripts/fit/fit-identity.ts [--n 3000] [--min-score 0.3] [--k K] [--out .cache/fit/identity.json]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { holdoutSplit } from './lib/split';
import { matrixFromRows, selectRows } from './lib/matrix';
import { fitMultiRidge, meanSquaredError } from './lib/multiRidge';
import { IDENTITY_FORMAT, errorByRank, rightSingularDirections, type IdentityBasisFile } from './lib/identitySubspace';
import { latentFromSeed } from '../../src/core/latent';
import { roundSignificant } from '../../src/core/directions';
import { FACES_PER_CHUNK } from './config';
import { printPredictedEffect } from './identityEffect';
import { DESCRIPTORS_DIR, readChunkDescriptors } from './descriptors';
import { finishedChunks } from './labels';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '3000' },
    'min-score': { type: 'string', default: '0.3' },
    seed: { type: 'string', default: '1' },
    // Override the held-out choice of k, to see what holding more of the map's directions does.
    k: { type: 'string' },
    out: { type: 'string', default: resolve(import.meta.dirname, '../../.cache/fit/identity.json') },
  },
});
const LAMBDAS = [30, 100, 300, 1000, 3000, 10000];
const chunks = finishedChunks(DESCRIPTORS_DIR, 'json').filter((c) => c < Math.ceil(Number(values.n) / FACES_PER_CHUNK));
const faces = chunks
  .flatMap((c) => readChunkDescriptors(c).faces)
  .filter((f) => f.descriptor !== null && f.detectionScore! >= Number(values['min-score']));
console.log(`${faces.length} described faces in ${chunks.length} chunks`);
const x = matrixFromRows(faces.map((f) => latentFromSeed(f.seed)));
const y = matrixFromRows(faces.map((f) => f.descriptor!));

const split = holdoutSplit(faces.length, 0.2, Number(values.seed));
const [xTrain, yTrain, xTest, yTest] = [
  selectRows(x, split.train),
  selectRows(y, split.train),
  selectRows(x, split.test),
  selectRows(y, split.test),
];
const models = fitMultiRidge(xTrain, yTrain, LAMBDAS);
const lambdaErrors = models.map((m) => meanSquaredError(m, xTest, yTest));
const best = lambdaErrors.indexOf(Math.min(...lambdaErrors));
const lambda = LAMBDAS[best]!;
console.log('held-out MSE by λ:', LAMBDAS.map((l, i) => `${l}: ${lambdaErrors[i]!.toFixed(4)}`).join(', '));

const trainDirections = rightSingularDirections(models[best]!, yTrain.cols);
const rankErrors = errorByRank(models[best]!, trainDirections.vectors, xTest, yTest);
const bestK = rankErrors.indexOf(Math.min(...rankErrors.subarray(1)));
const k = values.k === undefined ? bestK : Number(values.k);
const explained = (r: number) => 1 - rankErrors[r]! / rankErrors[0]!;
console.log(`λ = ${lambda}; held-out R² by rank:`, [1, 2, 4, 8, 16, 32, 64, 128].map((r) => `${r}: ${explained(r).toFixed(3)}`).join(', '));
console.log(
  `k = ${k}${k === bestK ? ' (lowest held-out error)' : ` (set; ${bestK} has the lowest held-out error)`}, R² ${explained(k).toFixed(3)}`,
);

const [full] = fitMultiRidge(x, y, [lambda]);
const { values: singular, vectors } = rightSingularDirections(full!, k);
printPredictedEffect(full!, vectors);
const file: IdentityBasisFile = {
  format: IDENTITY_FORMAT,
  latentSize: x.cols,
  basis: vectors.map((v) => Array.from(v, (c) => roundSignificant(c))),
  provenance: {
    what: "leading right-singular directions of a ridge map from latent to face-api's 128-d face descriptor (faceRecognitionNet)",
    faces: faces.length,
    seeds: `fitting faces ${chunks.length} chunks of ${FACES_PER_CHUNK} from FIT_SEED_BASE, detection score ≥ ${values['min-score']}`,
    lambda,
    k,
    kRule:
      k === bestK
        ? 'rank with the lowest error on a held-out 20 % split (train 80 %, same λ)'
        : `set by --k; ${bestK} has the lowest held-out error`,
    heldOutRSquared: roundSignificant(explained(k), 4),
    heldOutRSquaredFullRank: roundSignificant(explained(yTrain.cols), 4),
    heldOutRSquaredByRank: Object.fromEntries([1, 2, 4, 8, 16, 32, 64, 128].map((r) => [r, roundSignificant(explained(r), 4)])),
    singularValues: Array.from(singular, (s) => roundSignificant(s, 4)),
    date: new Date().toISOString().slice(0, 10),
  },
};
writeFileSync(values.out, JSON.stringify(file) + '\n');
console.log(`wrote ${values.out}`);
