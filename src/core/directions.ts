/**
 * The fitted attribute directions file (models/directions.json): written by
 * scripts/fit/fit-directions.ts, read by the app. Each attribute is a unit vector in latent space
 * plus the slider calibration that spans its realistic range.
 */
export const DIRECTIONS_FORMAT = 'face-explorer-directions/1';

export type AttributeId = 'young' | 'smiling' | 'male' | 'skinTone' | 'headTurn';

/**
 * Slider 0..100 → latent offset along the direction, piecewise linear: 0 → offsetAt0, 50 → 0 (the
 * face as generated), 100 → offsetAt100. The ends come from projecting a sample of latents on
 * the direction: offsetAt0 = p_low − median, offsetAt100 = p_high − median, so the ends move a
 * typical latent (one at the median projection) to the low and high percentile of the sample.
 */
export interface DirectionCalibration {
  method: 'projection-percentiles';
  /** Which latents were projected, e.g. fresh seeds the direction was not fitted on. */
  sample?: string;
  lowPercentile: number;
  highPercentile: number;
  projectionMedian: number;
  offsetAt0: number;
  offsetAt100: number;
  /** The fitted target's change between slider 50 and each end, in `effectUnit` (years, degrees, log-odds). */
  effectAt0: number;
  effectAt100: number;
  effectUnit: string;
}

export type DirectionMetrics =
  | {
      kind: 'logistic';
      heldOutAccuracy: number;
      heldOutAuc: number;
      heldOutLogLoss: number;
      positiveFraction: number;
      nTrain: number;
      nTest: number;
      stability: number;
    }
  | { kind: 'ridge'; heldOutRSquared: number; heldOutRmse: number; targetStd: number; nTrain: number; nTest: number; stability: number };

export interface AttributeDirection {
  id: AttributeId | string;
  label: string;
  /** What was regressed, e.g. "face-api age (years), negated" or "face-api pMale > 0.5". */
  target: string;
  fitKind: 'logistic' | 'ridge';
  /** L2 penalty the cross-validation chose (objective summed over rows). */
  lambda: number;
  /** Unit vector; + moves toward the label (younger, more smiling, more male, lighter, turned right). */
  direction: number[];
  calibration: DirectionCalibration;
  metrics: DirectionMetrics;
}

export interface DirectionsFile {
  format: typeof DIRECTIONS_FORMAT;
  latentSize: number;
  attributes: AttributeDirection[];
  provenance: {
    packages: Record<string, string>;
    fitSeedBase: number;
    /** Faces generated and labelled. */
    n: number;
    /** Faces the fit used: detected, with a detection score at or above minDetectionScore. */
    nUsed: number;
    minDetectionScore: number;
    holdoutFraction: number;
    holdoutSeed: number;
    date: string;
    measurer?: unknown;
  };
}

export type DirectionsCheck = { ok: true; directions: DirectionsFile } | { ok: false; reason: string };

const NORM_TOLERANCE = 1e-6;

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function checkAttribute(a: Partial<AttributeDirection> | null, index: number, latentSize: number): string | null {
  const name = typeof a?.id === 'string' ? `attribute "${a.id}"` : `attribute ${index}`;
  if (!a || typeof a !== 'object') return `${name} is not an object`;
  if (typeof a.id !== 'string' || a.id === '') return `${name} has no id`;
  if (typeof a.label !== 'string') return `${name} has no label`;
  if (!Array.isArray(a.direction)) return `${name} has no direction`;
  if (a.direction.length !== latentSize) {
    return `${name} has ${a.direction.length} direction components, but the model's latent size is ${latentSize}`;
  }
  if (!a.direction.every(isFiniteNumber)) return `${name}'s direction contains a value that is not a finite number`;
  const norm = Math.hypot(...a.direction);
  if (Math.abs(norm - 1) > NORM_TOLERANCE) return `${name}'s direction has length ${norm}, not 1`;
  const c = a.calibration;
  if (!c || !isFiniteNumber(c.offsetAt0) || !isFiniteNumber(c.offsetAt100)) return `${name} has no usable calibration`;
  if (!(c.offsetAt0 < 0 && c.offsetAt100 > 0)) {
    return `${name}'s calibration must move down at slider 0 and up at 100 (got ${c.offsetAt0} and ${c.offsetAt100})`;
  }
  return null;
}

/** Checks a parsed directions file against the model it will steer, naming the first problem. */
export function validateDirections(json: unknown, latentSize: number): DirectionsCheck {
  const d = json as Partial<DirectionsFile> | null;
  if (!d || typeof d !== 'object') return { ok: false, reason: 'the directions file is not a JSON object' };
  if (d.format !== DIRECTIONS_FORMAT) {
    return { ok: false, reason: `unknown directions format ${JSON.stringify(d.format)} (expected ${DIRECTIONS_FORMAT})` };
  }
  if (d.latentSize !== latentSize) {
    return { ok: false, reason: `the directions were fitted for latent size ${d.latentSize}, but the model's is ${latentSize}` };
  }
  if (!Array.isArray(d.attributes) || d.attributes.length === 0) return { ok: false, reason: 'the directions file lists no attributes' };
  const seen = new Set<string>();
  for (const [i, attribute] of d.attributes.entries()) {
    const problem = checkAttribute(attribute, i, latentSize);
    if (problem) return { ok: false, reason: problem };
    if (seen.has(attribute.id)) return { ok: false, reason: `attribute "${attribute.id}" appears twice` };
    seen.add(attribute.id);
  }
  if (!d.provenance || typeof d.provenance !== 'object') return { ok: false, reason: 'the directions file has no provenance' };
  return { ok: true, directions: d as DirectionsFile };
}

/** Rounds to `digits` significant digits; keeps the JSON small without moving a unit norm by 1e-7. */
export function roundSignificant(value: number, digits = 6): number {
  return value === 0 ? 0 : Number(value.toPrecision(digits));
}
