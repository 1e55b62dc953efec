/** What a sweep changed between slider 0 and 100, and the plain-words summary with its flags. */
import { formatChange, READINGS, type ReadingSpec } from './readings';
import type { SweepResult } from './sweep';

export interface ReadingChange {
  reading: ReadingSpec;
  /** Mean over faces of (last step − first step), or null when no face has both ends. */
  delta: number | null;
  /** Faces measured at both ends. */
  pairs: number;
  /** The reading the swept slider is meant to move (Smiling → P(happy)). */
  intended: boolean;
  /** A side effect at or above its reading's threshold. */
  flagged: boolean;
}

/**
 * The one flag rule, shared by the sweep and the presenter's live changes: a change the slider
 * was not meant to make, at or above its reading's threshold.
 */
export function isSideEffect(reading: ReadingSpec, delta: number | null, intended: boolean): boolean {
  return !intended && delta !== null && Math.abs(delta) >= reading.threshold;
}

/**
 * How much each reading moved from slider 0 to 100, paired per face: comparing each seed with
 * itself keeps a face the detector missed at one end from shifting the other end's mean.
 */
export function sweepChanges(result: SweepResult): ReadingChange[] {
  const first = 0;
  const last = result.sliderValues.length - 1;
  return READINGS.map((reading) => {
    const deltas: number[] = [];
    for (let face = 0; face < result.seeds.length; face++) {
      const at = (step: number) => {
        const cell = result.faces.find((f) => f.face === face && f.step === step);
        return cell ? reading.read(cell.measurement) : null;
      };
      const low = at(first);
      const high = at(last);
      if (low !== null && high !== null) deltas.push(high - low);
    }
    const delta = deltas.length > 0 ? deltas.reduce((s, v) => s + v, 0) / deltas.length : null;
    const intended = reading.intendedFor === result.attributeId;
    const flagged = isSideEffect(reading, delta, intended);
    return { reading, delta, pairs: deltas.length, intended, flagged };
  });
}

export interface SweepDescription {
  /** "Smiling 0→100: P(happy) +0.62 (intended), P(male) −0.31, skin lightness L* +9, …" */
  headline: string;
  /** Which side effects reach their thresholds, or that none does. */
  verdict: string;
  /** How many faces the detector missed, or null when it found them all. */
  missed: string | null;
}

/** Plain-words summary: the intended change first, then side effects, largest first. */
export function describeSweep(result: SweepResult, changes: readonly ReadingChange[] = sweepChanges(result)): SweepDescription {
  const first = result.sliderValues[0];
  const last = result.sliderValues[result.sliderValues.length - 1];
  const ordered = [...changes].sort((a, b) => rank(b) - rank(a));
  const parts = ordered.map((c) =>
    c.delta === null
      ? `${c.reading.phrase} not measured`
      : `${c.reading.phrase} ${formatChange(c.reading, c.delta)}${c.intended ? ' (intended)' : ''}`,
  );
  const headline = `${result.attributeLabel} ${first}→${last}: ${parts.join(', ')}.`;
  const flagged = ordered.filter((c) => c.flagged);
  const verdict =
    flagged.length === 0
      ? `No side effect reaches its threshold (${thresholdList()}).`
      : `Side effect${flagged.length > 1 ? 's' : ''} above the threshold: ${flagged
          .map((c) => `${c.reading.phrase} ${formatChange(c.reading, c.delta!)} (threshold ${formatThreshold(c.reading)})`)
          .join('; ')}.`;
  const missedCount = result.faces.filter((f) => !f.measurement.found).length;
  const missed =
    missedCount === 0
      ? null
      : `The detector found no face in ${missedCount} of ${result.faces.length} images; they are shown but left out of the statistics.`;
  return { headline, verdict, missed };
}

/** Intended first, then side effects by how far past their threshold they are. */
function rank(c: ReadingChange): number {
  if (c.intended) return Infinity;
  return c.delta === null ? -Infinity : Math.abs(c.delta) / c.reading.threshold;
}

function formatThreshold(spec: ReadingSpec): string {
  return `±${formatChange(spec, spec.threshold).slice(1)}`;
}

function thresholdList(): string {
  return READINGS.map((r) => `${r.phrase} ${formatThreshold(r)}`).join(', ');
}
