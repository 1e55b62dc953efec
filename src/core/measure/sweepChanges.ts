/** What a sweep changed between slider 0 and 100, and the plain-words summary (as messages) with its flags. */
import { message, type Message } from '../../i18n/catalogue';
import { attributeValue, listValue } from '../../i18n/values';
import { readingAmount, readingPhrase } from './readingWords';
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
  headline: Message;
  /** Which side effects reach their thresholds, or that none does. */
  verdict: Message;
  /** How many faces the detector missed, or null when it found them all. */
  missed: Message | null;
}

/** Plain-words summary: the intended change first, then side effects, largest first. */
export function describeSweep(result: SweepResult, changes: readonly ReadingChange[] = sweepChanges(result)): SweepDescription {
  const first = result.sliderValues[0]!;
  const last = result.sliderValues[result.sliderValues.length - 1]!;
  const ordered = [...changes].sort((a, b) => rank(b) - rank(a));
  const parts = ordered.map((c) =>
    c.delta === null
      ? message('report.sweep.notMeasured', { reading: readingPhrase(c.reading) })
      : message(c.intended ? 'report.sweep.intended' : 'report.sweep.change', {
          reading: readingPhrase(c.reading),
          change: readingAmount(c.reading, signedNumber(c.reading, c.delta)),
        }),
  );
  const attribute = attributeValue({ id: result.attributeId, label: result.attributeLabel });
  const headline = message('report.sweep.headline', { attribute, first, last, changes: listValue(parts) });
  const flagged = ordered.filter((c) => c.flagged);
  const verdict =
    flagged.length === 0
      ? message('report.sweep.noSideEffect', { thresholds: listValue(READINGS.map(thresholdWords)) })
      : message(flagged.length > 1 ? 'report.sweep.sideEffects' : 'report.sweep.sideEffect', {
          effects: listValue(
            flagged.map((c) =>
              message('report.sweep.flagged', {
                reading: readingPhrase(c.reading),
                change: readingAmount(c.reading, signedNumber(c.reading, c.delta!)),
                threshold: threshold(c.reading),
              }),
            ),
            '; ',
          ),
        });
  const missedCount = result.faces.filter((f) => !f.measurement.found).length;
  const missed = missedCount === 0 ? null : message('report.sweep.missed', { missed: missedCount, total: result.faces.length });
  return { headline, verdict, missed };
}

/** Intended first, then side effects by how far past their threshold they are. */
function rank(c: ReadingChange): number {
  if (c.intended) return Infinity;
  return c.delta === null ? -Infinity : Math.abs(c.delta) / c.reading.threshold;
}

/** "+0.31", "−9": the reading's digits and sign, its unit left to the message. */
function signedNumber(spec: ReadingSpec, delta: number): string {
  return formatChange({ ...spec, unit: '' }, delta);
}

/** "±0.15", "±5.0 years". */
function threshold(spec: ReadingSpec): Message {
  return readingAmount(spec, `±${signedNumber(spec, spec.threshold).slice(1)}`);
}

function thresholdWords(spec: ReadingSpec): Message {
  return message('report.sweep.threshold', { reading: readingPhrase(spec), threshold: threshold(spec) });
}
