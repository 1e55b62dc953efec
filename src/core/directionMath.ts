/**
 * Latent-space arithmetic for attribute sliders and locks (TL-GAN's feature lock): plain
 * vector maths on Float32Arrays, no tensors, so it runs per input event at no cost.
 */
export type Vector = Float32Array;

export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

/** Whether two vectors hold the same numbers. */
export function sameVector(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function norm(a: ArrayLike<number>): number {
  return Math.sqrt(dot(a, a));
}

export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  return dot(a, b) / (norm(a) * norm(b));
}

/** An orthonormal basis of the span of `vectors` (Gram–Schmidt; near-dependent ones dropped). */
export function orthonormalBasis(vectors: readonly ArrayLike<number>[]): Vector[] {
  const basis: Vector[] = [];
  for (const v of vectors) {
    const r = Float32Array.from(v);
    for (const b of basis) {
      const d = dot(r, b);
      for (let i = 0; i < r.length; i++) r[i]! -= d * b[i]!;
    }
    const n = norm(r);
    if (n > 1e-6) basis.push(r.map((x) => x / n));
  }
  return basis;
}

/** `v` with its components along an orthonormal basis removed. */
export function projectOut(v: ArrayLike<number>, basis: readonly Vector[]): Vector {
  const r = Float32Array.from(v);
  for (const b of basis) {
    const d = dot(r, b);
    for (let i = 0; i < r.length; i++) r[i]! -= d * b[i]!;
  }
  return r;
}

/**
 * How far a slider can still move its own attribute once another attribute is locked: the
 * squared length of the unit direction after projecting out the locked ones (1 = untouched,
 * 0 = fully entangled).
 */
export interface EffectiveDirection {
  direction: Vector;
  retained: number;
}

/**
 * Directions to move along while `locked` ones are held: each unlocked unit direction `d`
 * loses its locked components and is rescaled so a step still moves its own linear score
 * (d·z) by the same amount, up to `maxGain` so a nearly-locked slider does not fling the
 * latent out of distribution. `alsoHeld` are further directions to hold the same way (Keep
 * identity's subspace).
 */
export function effectiveDirections(
  directions: ReadonlyMap<string, Vector>,
  locked: ReadonlySet<string>,
  maxGain = 2,
  alsoHeld: readonly Vector[] = [],
): Map<string, EffectiveDirection> {
  const lockedDirections = [...locked].flatMap((id) => (directions.has(id) ? [directions.get(id)!] : []));
  const basis = orthonormalBasis([...lockedDirections, ...alsoHeld]);
  const out = new Map<string, EffectiveDirection>();
  for (const [id, d] of directions) {
    if (locked.has(id) || basis.length === 0) {
      out.set(id, { direction: d, retained: locked.has(id) ? 0 : 1 });
      continue;
    }
    const free = projectOut(d, basis);
    const retained = dot(free, free);
    const gain = retained > 0 ? Math.min(1 / retained, maxGain) : 0;
    out.set(id, { direction: free.map((x) => x * gain), retained });
  }
  return out;
}

/** base + Σ offset·direction, leaving `base` untouched. */
export function moveLatent(base: Vector, moves: readonly { direction: Vector; offset: number }[]): Vector {
  const out = Float32Array.from(base);
  for (const { direction, offset } of moves) {
    if (offset === 0) continue;
    for (let i = 0; i < out.length; i++) out[i]! += offset * direction[i]!;
  }
  return out;
}
