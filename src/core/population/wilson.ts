/**
 * A share with its 95 % Wilson score interval. Wilson rather than the textbook ±1.96·√(p(1−p)/n):
 * it stays inside 0…1 and is honest at small n and at shares near 0 or 1, which an audit of
 * 50 faces or a rare skin category produces.
 */
export interface Share {
  /** How many faces have the property. */
  count: number;
  /** Out of how many faces with a reading. */
  n: number;
  /** count / n; NaN when n is 0. */
  share: number;
  low: number;
  high: number;
}

/** z for a two-sided 95 % interval. */
export const Z_95 = 1.959964;

export function wilsonInterval(count: number, n: number, z = Z_95): Share {
  if (!Number.isInteger(count) || !Number.isInteger(n) || count < 0 || n < 0 || count > n)
    throw new Error(`a share needs whole counts with 0 ≤ count ≤ n, got ${count} of ${n}`);
  if (n === 0) return { count, n, share: NaN, low: 0, high: 1 };
  const p = count / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // Exact at the ends, where rounding would leave 1e-16 on the wrong side.
  const low = count === 0 ? 0 : Math.max(0, centre - half);
  const high = count === n ? 1 : Math.min(1, centre + half);
  return { count, n, share: p, low, high };
}

/**
 * Faces needed so that a share near `share` has a 95 % interval no wider than ±`halfWidth`
 * (the normal approximation, which Wilson matches closely once n is this large).
 */
export function facesForHalfWidth(halfWidth: number, share = 0.5, z = Z_95): number {
  if (!(halfWidth > 0 && halfWidth < 1)) throw new Error(`the half width must be between 0 and 1, got ${halfWidth}`);
  return Math.ceil((z * z * share * (1 - share)) / (halfWidth * halfWidth));
}
