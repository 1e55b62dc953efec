/**
 * What the per-face lock correction (lockHold.ts) is asked to hold, built from the app's state:
 * which reading each locked slider promises to keep, along which direction, within what
 * tolerance, how fast the reading moves along it (a first guess for the solver), and the face
 * whose readings are the targets.
 *
 * The targets: the locked readings of the *anchor face*, the same seed with every unlocked
 * slider at 50 and every locked slider where it is. With the locked sliders at 50 that is the
 * face as generated. It depends only on the seed, the locked sliders and the locks, not on the
 * order of moves, so a link restores the same promise: "moving the other sliders keeps this
 * reading where it was before they moved".
 */
import { SLIDER_NEUTRAL, type SliderAttribute } from './attributes';
import type { DirectionsFile } from './directions';
import { LOCK_TOLERANCES, type HeldLock, type LockStatus, type Readings } from './lockHold';
import type { FaceMeasurement } from './measure/faceMeasurer';
import { formatChange, formatReading, READINGS, readingSpec, type ReadingId } from './measure/readings';

/** How a reading moves per latent unit along its direction, from the slider calibration. */
export type SlopeModel = { kind: 'linear'; perLatent: number } | { kind: 'logistic'; logitPerLatent: number };

/** One locked reading as plain data, so it can travel to the engine with a draw job. */
export interface LockSpec {
  reading: ReadingId;
  direction: Float32Array;
  tolerance: number;
  slope: SlopeModel | null;
}

/** The per-face correction a main draw job asks for when the face rests. */
export interface LockHoldRequest {
  locks: LockSpec[];
  /** The anchor face's latent: its readings are the targets. */
  anchor: Float32Array;
}

/** The Young slider points younger, so age falls along it; the other readings rise with their slider. */
const READING_SIGN: Partial<Record<ReadingId, number>> = { age: -1 };

/** The slope on the lock's scale: a logistic fit's log-odds move linearly, so its probability is held on the logit scale. */
export function slopeGuess(model: SlopeModel): () => number {
  return model.kind === 'linear' ? () => model.perLatent : () => model.logitPerLatent;
}

/**
 * Readings whose calibration must name their own unit: the Skin tone direction was fitted on
 * ITA°, and a slope in degrees of ITA would send the solver's first step off by a factor of two
 * or so in L*; without a matching calibration the solver probes the slope instead.
 */
const CALIBRATION_UNIT_NEEDED: Partial<Record<ReadingId, string>> = { skinL: 'L*' };

function slopeOf(directions: DirectionsFile | null, attributeId: string, reading: ReadingId): SlopeModel | null {
  const fitted = directions?.attributes.find((a) => a.id === attributeId);
  if (!fitted) return null;
  const c = fitted.calibration;
  const unit = CALIBRATION_UNIT_NEEDED[reading];
  if (unit !== undefined && !c.effectUnit?.includes(unit)) return null;
  const span = c.offsetAt100 - c.offsetAt0;
  if (!(span > 0)) return null;
  const perLatent = ((c.effectAt100 - c.effectAt0) / span) * (READING_SIGN[reading] ?? 1);
  return fitted.fitKind === 'logistic' ? { kind: 'logistic', logitPerLatent: perLatent } : { kind: 'linear', perLatent };
}

/** The readings the locked sliders promise to hold (a locked slider without a reading holds nothing per face). */
export function lockSpecs(
  attributes: readonly SliderAttribute[],
  locked: ReadonlySet<string>,
  directions: DirectionsFile | null,
): LockSpec[] {
  return attributes.flatMap((a) => {
    const spec = READINGS.find((r) => r.intendedFor === a.id);
    if (!locked.has(a.id) || !spec) return [];
    return [{ reading: spec.id, direction: a.direction, tolerance: LOCK_TOLERANCES[spec.id], slope: slopeOf(directions, a.id, spec.id) }];
  });
}

/** The anchor face's sliders: unlocked ones at 50, locked ones where they are. */
export function anchorSliders(sliders: Readonly<Record<string, number>>, locked: ReadonlySet<string>): Record<string, number> {
  return Object.fromEntries(Object.entries(sliders).map(([id, v]) => [id, locked.has(id) ? v : SLIDER_NEUTRAL]));
}

/** A measurement as the solver's readings, keyed by reading id; null when no face was found. */
export function readingsOf(measurement: FaceMeasurement): Readings | null {
  if (!measurement.found) return null;
  return Object.fromEntries(READINGS.map((r) => [r.id, r.read(measurement)]));
}

/** The solver's locks, with the anchor's readings as targets; null when the anchor has a locked reading missing. */
export function heldLocks(specs: readonly LockSpec[], anchor: Readings | null): HeldLock[] | null {
  const locks: HeldLock[] = [];
  for (const spec of specs) {
    const target = anchor?.[spec.reading];
    if (target === null || target === undefined) return null;
    locks.push({
      reading: spec.reading,
      direction: spec.direction,
      target,
      tolerance: spec.tolerance,
      scale: spec.reading === 'pMale' || spec.reading === 'pHappy' ? 'logit' : 'linear',
      ...(spec.slope ? { slopeGuess: slopeGuess(spec.slope) } : {}),
    });
  }
  return locks;
}

/** "held (±0.05)", "could not hold (−0.12)": how far the locked reading is from its start value. */
export function describeLockStatus(status: LockStatus): string {
  const spec = readingSpec(status.reading as ReadingId);
  if (status.held) return `held (±${formatReading(spec, LOCK_TOLERANCES[spec.id])})`;
  if (status.residual === null) return 'could not hold (no face found)';
  return `could not hold (${formatChange(spec, status.residual)})`;
}
