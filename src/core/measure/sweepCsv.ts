/** The sweep as CSV: one row per face, for a spreadsheet or a class's own analysis. */
import { csvText } from '../csv';
import type { SweepResult } from './sweep';

export const SWEEP_CSV_COLUMNS = [
  'attribute',
  'step',
  'slider',
  'seed',
  'found',
  'age',
  'pMale',
  'pHappy',
  'ita',
  'yaw',
  'identity',
  // Added after the rest so spreadsheets that read the older columns by position still work.
  'skin_lightness',
  'skin_hue',
  'monk_tone',
  'monk_group',
  'placed_by',
] as const;

/**
 * RFC 4180 CSV with a header row; a face the detector missed has found=false and empty readings.
 * `identity` is the distance to the seed's face with every slider at 50 (same person under 0.6);
 * `ita` is the skin colour's ITA°, kept for continuity with earlier exports; `placed_by` says
 * whether the detector found the face or it was measured in the aligned crop's box.
 */
export function sweepCsv(result: SweepResult): string {
  const rows = [...result.faces]
    .sort((a, b) => a.step - b.step || a.face - b.face)
    .map((f) => {
      const m = f.measurement;
      return [
        result.attributeId,
        f.step,
        f.slider,
        f.seed,
        m.found,
        m.age,
        m.pMale,
        m.expressions?.happy ?? null,
        m.ita,
        m.yaw,
        f.identity,
        m.skin?.lightness ?? null,
        m.skin?.hue ?? null,
        m.skin?.monk ?? null,
        m.skin?.group ?? null,
        m.placedBy,
      ];
    });
  return csvText(SWEEP_CSV_COLUMNS, rows);
}

/** "face-explorer-sweep-smiling-6x7" (the caller adds .csv or .svg). */
export function sweepFileStem(result: Pick<SweepResult, 'attributeId' | 'seeds' | 'sliderValues'>): string {
  const id = result.attributeId.replace(/[^A-Za-z0-9-]+/g, '-');
  return `face-explorer-sweep-${id}-${result.seeds.length}x${result.sliderValues.length}`;
}
