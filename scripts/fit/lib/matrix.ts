/** Dense row-major matrices in Float64 and the few linear-algebra steps the fits need. */
export interface Matrix {
  rows: number;
  cols: number;
  data: Float64Array;
}

export function matrixFromRows(rows: readonly ArrayLike<number>[]): Matrix {
  const cols = rows[0]?.length ?? 0;
  const data = new Float64Array(rows.length * cols);
  rows.forEach((row, i) => {
    if (row.length !== cols) throw new Error(`row ${i} has ${row.length} values, expected ${cols}`);
    for (let j = 0; j < cols; j++) data[i * cols + j] = row[j]!;
  });
  return { rows: rows.length, cols, data };
}

export function selectRows(x: Matrix, indices: readonly number[]): Matrix {
  const data = new Float64Array(indices.length * x.cols);
  indices.forEach((row, i) => data.set(x.data.subarray(row * x.cols, (row + 1) * x.cols), i * x.cols));
  return { rows: indices.length, cols: x.cols, data };
}

export function columnMeans(x: Matrix): Float64Array {
  const means = new Float64Array(x.cols);
  for (let i = 0; i < x.rows; i++) for (let j = 0; j < x.cols; j++) means[j]! += x.data[i * x.cols + j]!;
  return means.map((s) => s / x.rows);
}

/**
 * Σ_i w_i (x_i − c)(x_i − c)ᵀ over the rows, with optional row weights and centre. Only the
 * upper triangle is accumulated (the cost is n·d²/2), then mirrored.
 */
export function weightedGram(x: Matrix, rowWeights?: ArrayLike<number>, centre?: ArrayLike<number>): Float64Array {
  const d = x.cols;
  const gram = new Float64Array(d * d);
  const row = new Float64Array(d);
  for (let i = 0; i < x.rows; i++) {
    const w = rowWeights ? rowWeights[i]! : 1;
    if (w === 0) continue;
    for (let j = 0; j < d; j++) row[j] = x.data[i * d + j]! - (centre ? centre[j]! : 0);
    for (let j = 0; j < d; j++) {
      const wj = w * row[j]!;
      const offset = j * d;
      for (let k = j; k < d; k++) gram[offset + k]! += wj * row[k]!;
    }
  }
  for (let j = 0; j < d; j++) for (let k = j + 1; k < d; k++) gram[k * d + j] = gram[j * d + k]!;
  return gram;
}

/** X with a column of ones appended, for fits whose intercept is just one more weight. */
export function withOnesColumn(x: Matrix): Matrix {
  const cols = x.cols + 1;
  const data = new Float64Array(x.rows * cols);
  for (let i = 0; i < x.rows; i++) {
    data.set(x.data.subarray(i * x.cols, (i + 1) * x.cols), i * cols);
    data[i * cols + x.cols] = 1;
  }
  return { rows: x.rows, cols, data };
}

/** Xᵀv, with X's rows optionally centred. */
export function transposeTimes(x: Matrix, v: ArrayLike<number>, centre?: ArrayLike<number>): Float64Array {
  const out = new Float64Array(x.cols);
  for (let i = 0; i < x.rows; i++) {
    const vi = v[i]!;
    for (let j = 0; j < x.cols; j++) out[j]! += (x.data[i * x.cols + j]! - (centre ? centre[j]! : 0)) * vi;
  }
  return out;
}

/** Xw + b for each row. */
export function times(x: Matrix, w: ArrayLike<number>, bias = 0): Float64Array {
  const out = new Float64Array(x.rows);
  for (let i = 0; i < x.rows; i++) {
    let sum = bias;
    for (let j = 0; j < x.cols; j++) sum += x.data[i * x.cols + j]! * w[j]!;
    out[i] = sum;
  }
  return out;
}

/**
 * Solves A z = b for symmetric positive definite A (n×n, row major) by Cholesky. A is not
 * modified. Throws if A is not positive definite, which for the fits means λ is too small.
 */
export function solveSpd(a: Float64Array, b: ArrayLike<number>, n: number): Float64Array {
  return solveCholesky(cholesky(a, n), b, n);
}

/** The lower-triangular L with A = LLᵀ, so one factorisation can serve many right-hand sides. */
export function cholesky(a: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * n + j]!;
      for (let k = 0; k < j; k++) sum -= l[i * n + k]! * l[j * n + k]!;
      if (i === j) {
        if (!(sum > 0)) throw new Error(`matrix is not positive definite (pivot ${i} is ${sum})`);
        l[i * n + i] = Math.sqrt(sum);
      } else {
        l[i * n + j] = sum / l[j * n + j]!;
      }
    }
  }
  return l;
}

/** Solves LLᵀ z = b given the factor from `cholesky`. */
export function solveCholesky(l: Float64Array, b: ArrayLike<number>, n: number): Float64Array {
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= l[i * n + k]! * y[k]!;
    y[i] = sum / l[i * n + i]!;
  }
  const z = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i]!;
    for (let k = i + 1; k < n; k++) sum -= l[k * n + i]! * z[k]!;
    z[i] = sum / l[i * n + i]!;
  }
  return z;
}

export function unitVector(v: ArrayLike<number>): Float64Array {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i]! * v[i]!;
  const length = Math.sqrt(sum);
  if (!(length > 0)) throw new Error('cannot normalise a zero vector');
  return Float64Array.from(v, (x) => x / length);
}
