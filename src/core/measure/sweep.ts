/**
 * The bias sweep: one attribute's slider moved 0→100 over several faces, every face measured.
 * This module plans the grid and summarises each step (mean and spread per reading);
 * sweepChanges.ts words the side effects; drawing and measuring happen in the engine, the loop in
 * src/app/sweep.svelte.ts.
 */
import { SLIDER_MAX, SLIDER_MIN } from '../attributes';
import type { FaceMeasurement } from './faceMeasurer';
import { READINGS, type ReadingId, type ReadingSpec } from './readings';

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

/** Every cell, step by step so the chart fills left to right (sweepBatchSize makes a GPU batch one whole step). */
export function sweepCells(size: SweepSize): SweepCell[] {
  return Array.from({ length: size.steps * size.faces }, (_, i) => ({ face: i % size.faces, step: Math.floor(i / size.faces) }));
}

/** A whole step per batch where the GPU runs it asynchronously; one face on WASM and CPU, so Cancel takes effect sooner. */
export function sweepBatchSize(backend: string | null, faces: number): number {
  return backend === 'webgpu' || backend === 'webgl' ? faces : 1;
}

export interface SweepFace extends SweepCell {
  seed: number;
  slider: number;
  measurement: FaceMeasurement;
  /** Identity distance to the seed's face as generated (identity.ts); null when either face was not found. */
  identity: number | null;
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
  /** Faces the reading exists for (found; with enough bare skin in frame for skin lightness). */
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
