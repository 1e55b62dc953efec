/**
 * "Keep identity": the latent directions along which face-api's identity descriptor moves most,
 * from a linear latent → descriptor map fitted on the training faces (its leading right-singular
 * vectors), and the file that ships them. Held like a lock (directionMath.effectiveDirections'
 * `alsoHeld`): slider directions lose their components along them and are rescaled so the own
 * attribute's linear score moves as much per slider unit as before.
 */
import { symmetricEigen } from './eigen';
import type { Matrix } from './matrix';
import type { MultiLinearModel } from './multiRidge';

export const IDENTITY_FORMAT = 'face-explorer-identity/1';

export interface IdentityBasisFile {
  format: typeof IDENTITY_FORMAT;
  latentSize: number;
  /** Orthonormal latent directions, leading first. */
  basis: number[][];
  provenance: Record<string, unknown>;
}

export interface SingularDirections {
  /** Singular values of W, largest first. */
  values: Float64Array;
  /** Unit right-singular vectors (latent space), values[i] belongs to vectors[i]. */
  vectors: Float64Array[];
}

/** The leading `k` right-singular vectors of the map's W (outputs × inputs), via the small WWᵀ. */
export function rightSingularDirections(model: MultiLinearModel, k: number): SingularDirections {
  const { inputs: d, outputs: m, weights: w } = model;
  const wwt = new Float64Array(m * m);
  for (let a = 0; a < m; a++) {
    for (let b = a; b < m; b++) {
      let sum = 0;
      for (let j = 0; j < d; j++) sum += w[a * d + j]! * w[b * d + j]!;
      wwt[a * m + b] = wwt[b * m + a] = sum;
    }
  }
  const eigen = symmetricEigen(wwt, m);
  const count = Math.min(k, m);
  const values = Float64Array.from(eigen.values.subarray(0, count), (v) => Math.sqrt(Math.max(v, 0)));
  // v = Wᵀu / s for each left-singular u.
  const vectors = eigen.vectors.slice(0, count).map((u, i) => {
    const v = new Float64Array(d);
    for (let a = 0; a < m; a++) for (let j = 0; j < d; j++) v[j]! += w[a * d + j]! * u[a]!;
    return v.map((x) => x / values[i]!);
  });
  return { values, vectors };
}

/**
 * Mean squared error ‖ŷ − y‖² on (x, y) of the map cut to rank 0, 1, … `directions.length`:
 * ŷ_k = ȳ + W V_k V_kᵀ (x − x̄). Index 0 predicts the training mean.
 */
export function errorByRank(model: MultiLinearModel, directions: readonly Float64Array[], x: Matrix, y: Matrix): Float64Array {
  const { inputs: d, outputs: m, weights: w } = model;
  // W v for each direction: what a unit move along it does to the descriptor.
  const images = directions.map((v) => {
    const out = new Float64Array(m);
    for (let a = 0; a < m; a++) for (let j = 0; j < d; j++) out[a]! += w[a * d + j]! * v[j]!;
    return out;
  });
  const errors = new Float64Array(directions.length + 1);
  for (let i = 0; i < x.rows; i++) {
    const residual = Float64Array.from({ length: m }, (_, a) => y.data[i * m + a]! - model.yMeans[a]!);
    errors[0]! += residual.reduce((s, r) => s + r * r, 0);
    directions.forEach((v, k) => {
      let t = 0;
      for (let j = 0; j < d; j++) t += (x.data[i * d + j]! - model.xMeans[j]!) * v[j]!;
      let squared = 0;
      for (let a = 0; a < m; a++) {
        residual[a]! -= t * images[k]![a]!;
        squared += residual[a]! ** 2;
      }
      errors[k + 1]! += squared;
    });
  }
  return errors.map((e) => e / x.rows);
}

export type IdentityBasisCheck = { ok: true; basis: Float32Array[]; file: IdentityBasisFile } | { ok: false; reason: string };

/** Checks a fetched identity file against the generator: format, sizes, finite, orthonormal. */
export function validateIdentityBasis(json: unknown, latentSize: number): IdentityBasisCheck {
  const file = json as Partial<IdentityBasisFile> | null;
  if (typeof file !== 'object' || file === null) return { ok: false, reason: 'the identity file is not a JSON object' };
  if (file.format !== IDENTITY_FORMAT) return { ok: false, reason: `unknown identity format ${String(file.format)}` };
  if (file.latentSize !== latentSize)
    return { ok: false, reason: `identity basis is for latents of ${file.latentSize}, the model has ${latentSize}` };
  if (!Array.isArray(file.basis) || file.basis.length === 0) return { ok: false, reason: 'the identity basis is empty' };
  const basis: Float32Array[] = [];
  for (const [i, row] of file.basis.entries()) {
    if (!Array.isArray(row) || row.length !== latentSize || !row.every((x) => typeof x === 'number' && Number.isFinite(x))) {
      return { ok: false, reason: `identity direction ${i} is not ${latentSize} finite numbers` };
    }
    basis.push(Float32Array.from(row));
  }
  for (let i = 0; i < basis.length; i++) {
    for (let j = i; j < basis.length; j++) {
      let sum = 0;
      for (let k = 0; k < latentSize; k++) sum += basis[i]![k]! * basis[j]![k]!;
      if (Math.abs(sum - (i === j ? 1 : 0)) > 1e-3) return { ok: false, reason: `identity directions ${i} and ${j} are not orthonormal` };
    }
  }
  return { ok: true, basis, file: file as IdentityBasisFile };
}
