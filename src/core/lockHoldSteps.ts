/**
 * The steps of the per-face lock correction (lockHold.ts): a regularised Gauss–Newton step, the
 * Broyden secant update of its Jacobian, a bracket for a single target, and step limits. Plain
 * arrays; the systems are k×k for k locked readings (at most five).
 */

/** A try: latent offsets along the locked directions and the solver's errors there. */
export interface Try {
  offsets: number[];
  errors: number[];
}

/**
 * One lock: the nearest tries on either side of the target. Classifier probabilities are steep
 * (face-api's P(male) can jump from 0.1 to 0.9 within a fifth of a slider), so a secant step
 * overshoots; once the target is bracketed, a step is kept inside the bracket (regula falsi,
 * safeguarded to its middle 80 %), so every try narrows it.
 */
export class Bracket {
  private below: Try | null = null;
  private above: Try | null = null;

  add(point: Try): void {
    if (point.errors.length !== 1) return;
    const e = point.errors[0]!;
    if (e < 0 && (!this.below || e > this.below.errors[0]!)) this.below = point;
    if (e > 0 && (!this.above || e < this.above.errors[0]!)) this.above = point;
  }

  inside(offsets: number[]): number[] {
    if (!this.below || !this.above || offsets.length !== 1) return offsets;
    const [ob, eb] = [this.below.offsets[0]!, this.below.errors[0]!];
    const [oa, ea] = [this.above.offsets[0]!, this.above.errors[0]!];
    const falsi = ob + ((0 - eb) * (oa - ob)) / (ea - eb);
    const lo = Math.min(ob, oa) + 0.1 * Math.abs(oa - ob);
    const hi = Math.max(ob, oa) - 0.1 * Math.abs(oa - ob);
    const wanted = offsets[0]!;
    // The solver's own step when it already lies inside; else the false-position point.
    return [wanted > lo && wanted < hi ? wanted : Math.min(hi, Math.max(lo, falsi))];
  }
}

/** Regularised Gauss–Newton step: (JᵀJ + μI) Δ = −Jᵀe. */
export function solveStep(jacobian: number[][], errors: number[], ridge: number): number[] {
  const k = errors.length;
  const a = new Array<number>(k * k).fill(0);
  const b = new Array<number>(k).fill(0);
  for (let r = 0; r < k; r++) {
    for (let i = 0; i < k; i++) {
      b[i]! -= jacobian[r]![i]! * errors[r]!;
      for (let j = 0; j < k; j++) a[i * k + j]! += jacobian[r]![i]! * jacobian[r]![j]!;
    }
  }
  let trace = 0;
  for (let i = 0; i < k; i++) trace += a[i * k + i]!;
  const mu = Math.max((ridge * trace) / k, 1e-9);
  for (let i = 0; i < k; i++) a[i * k + i]! += mu;
  return solveSmall(a, b, k);
}

/** Gaussian elimination with partial pivoting; the systems here are at most 5×5. */
function solveSmall(a: number[], b: number[], k: number): number[] {
  const m = a.slice();
  const x = b.slice();
  for (let c = 0; c < k; c++) {
    let p = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(m[r * k + c]!) > Math.abs(m[p * k + c]!)) p = r;
    for (let j = 0; j < k; j++) [m[c * k + j], m[p * k + j]] = [m[p * k + j]!, m[c * k + j]!];
    [x[c], x[p]] = [x[p]!, x[c]!];
    for (let r = c + 1; r < k; r++) {
      const f = m[r * k + c]! / m[c * k + c]!;
      for (let j = c; j < k; j++) m[r * k + j]! -= f * m[c * k + j]!;
      x[r]! -= f * x[c]!;
    }
  }
  for (let r = k - 1; r >= 0; r--) {
    let sum = x[r]!;
    for (let j = r + 1; j < k; j++) sum -= m[r * k + j]! * x[j]!;
    x[r] = sum / m[r * k + r]!;
  }
  return x;
}

/** J ← J + ((Δe − JΔ) Δᵀ) / (ΔᵀΔ): the secant condition for the step just taken. */
export function broydenUpdate(jacobian: number[][], delta: number[], newErrors: number[], oldErrors: number[]): void {
  const dd = delta.reduce((s, d) => s + d * d, 0);
  if (dd === 0) return;
  jacobian.forEach((row, i) => {
    const predicted = row.reduce((s, v, j) => s + v * delta[j]!, 0);
    const miss = newErrors[i]! - oldErrors[i]! - predicted;
    for (let j = 0; j < row.length; j++) row[j]! += (miss * delta[j]!) / dd;
  });
}

export function limitLength(v: number[], max: number): number[] {
  const length = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  return length > max ? v.map((x) => (x * max) / length) : v;
}
