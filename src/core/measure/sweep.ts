/**
 * The bias sweep: one attribute's slider moved 0→100 over several faces, every face measured.
 * This module plans the grid, summarises each step (mean and spread per reading) and words the
 * side effects; rendering and measuring happen in the app.
 */
import { SLIDER_MAX, SLIDER_MIN } from '../attributes';
import type { FaceMeasurement } from './faceMeasurer';
import { formatChange, READINGS, type ReadingId, type ReadingSpec } from './readings';

export interface SweepSize {
  /** Distinct seeds: the current face plus others. */
  faces: number;
  /** Slider positions from 0 to 100, both ends included. */
  steps: number;
}

/** 6 × 7 = 42 faces: enough seeds for a spread, few enough for WASM (about two minutes). */
export const DEFAULT_SWEEP_SIZE: SweepSize = { faces: 6, steps: 7 };
export const SWEEP_LIMITS = { faces: { min: 1, max: 16 }, steps: { min: 2, max: 11 } } as const;

export function clampSweepSize(size: SweepSize): SweepSize {
  const clamp = (v: number, { min, max }: { min: number; max: number }) =>
    Number.isFinite(v) ? Math.min(max, Math.max(min, Math.round(v))) : min;
  return { faces: clamp(size.faces, SWEEP_LIMITS.faces), steps: clamp(size.steps, SWEEP_LIMITS.steps) };
}

/** Evenly spaced whole slider values from 0 to 100. */
export function sweepSliderValues(steps: number): number[] {
  if (steps < 2) throw new Error(`a sweep needs at least 2 steps, got ${steps}`);
  return Array.from({ length: steps }, (_, i) => Math.round(SLIDER_MIN + ((SLIDER_MAX - SLIDER_MIN) * i) / (steps - 1)));
}

/** One cell of the contact sheet: which seed (row) at which step (column). */
export interface SweepCell {
  face: number;
  step: number;
}

/**
 * Cells grouped into inference batches, step by step so the chart fills left to right. A GPU
 * backend takes a whole step (all faces) in one batch; on WASM and CPU a batch runs on the main
 * thread without a break, so `maxBatch` 1 keeps the page answering between faces.
 */
export function sweepBatches(size: SweepSize, maxBatch: number): SweepCell[][] {
  const batches: SweepCell[][] = [];
  const perBatch = Math.max(1, Math.floor(maxBatch));
  for (let step = 0; step < size.steps; step++) {
    for (let first = 0; first < size.faces; first += perBatch) {
      const faces = Array.from({ length: Math.min(perBatch, size.faces - first) }, (_, i) => first + i);
      batches.push(faces.map((face) => ({ face, step })));
    }
  }
  return batches;
}

/** A whole step per batch where the GPU runs it asynchronously; one face where it would block the page. */
export function sweepBatchSize(backend: string | null, faces: number): number {
  return backend === 'webgpu' || backend === 'webgl' ? faces : 1;
}

export interface SweepFace extends SweepCell {
  seed: number;
  slider: number;
  measurement: FaceMeasurement;
}

export interface SweepResult {
  attributeId: string;
  attributeLabel: string;
  seeds: number[];
  sliderValues: number[];
  /** In measuring order; a cancelled sweep has fewer than seeds × steps. */
  faces: SweepFace[];
}

export interface ReadingStats {
  /** Faces the reading exists for (detected; with a skin patch in frame for ITA). */
  n: number;
  mean: number;
  /** Sample standard deviation; 0 for a single face. */
  sd: number;
  min: number;
  max: number;
}

export interface StepSummary {
  step: number;
  slider: number;
  found: number;
  missed: number;
  readings: Record<ReadingId, ReadingStats | null>;
}

export function readingStats(values: readonly number[]): ReadingStats | null {
  const n = values.length;
  if (n === 0) return null;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  const variance = n > 1 ? values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1) : 0;
  return { n, mean, sd: Math.sqrt(variance), min: Math.min(...values), max: Math.max(...values) };
}

/** Mean and spread of every reading at every step; faces the detector missed are only counted. */
export function summarizeSteps(result: SweepResult): StepSummary[] {
  return result.sliderValues.map((slider, step) => {
    const faces = result.faces.filter((f) => f.step === step);
    const found = faces.filter((f) => f.measurement.found);
    const readings = Object.fromEntries(
      READINGS.map((spec) => [spec.id, readingStats(found.flatMap((f) => nonNull(spec.read(f.measurement))))]),
    ) as Record<ReadingId, ReadingStats | null>;
    return { step, slider, found: found.length, missed: faces.length - found.length, readings };
  });
}

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
    const flagged = !intended && delta !== null && Math.abs(delta) >= reading.threshold;
    return { reading, delta, pairs: deltas.length, intended, flagged };
  });
}

export interface SweepDescription {
  /** "Smiling 0→100: P(happy) +0.62 (intended), P(male) −0.31, skin ITA° +9°, …" */
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

function nonNull(value: number | null): number[] {
  return value === null ? [] : [value];
}

export interface SweepPoint {
  face: number;
  slider: number;
  value: number;
}

/** One reading of every face it exists for, for the chart's dots. */
export function readingPoints(result: SweepResult, spec: ReadingSpec): SweepPoint[] {
  return result.faces.flatMap((f) => nonNull(spec.read(f.measurement)).map((value) => ({ face: f.face, slider: f.slider, value })));
}

export interface SweepBand {
  slider: number;
  mean: number;
  low: number;
  high: number;
}

/** Mean ± one standard deviation per step, for the chart's line and band; steps without data are left out. */
export function readingBands(steps: readonly StepSummary[], spec: ReadingSpec): SweepBand[] {
  return steps.flatMap((s) => {
    const stats = s.readings[spec.id];
    return stats ? [{ slider: s.slider, mean: stats.mean, low: stats.mean - stats.sd, high: stats.mean + stats.sd }] : [];
  });
}
