/**
 * An audit: N fresh faces drawn at one setting of the sliders and locks and measured. This
 * module lists its faces, names its setting in words and writes its CSV; drawing and
 * measuring happen in the engine, the loop in src/app/audit.svelte.ts (on src/app/batchJob.svelte.ts).
 */
import { message, type Message } from '../../i18n/catalogue';
import { attributeValue, listValue } from '../../i18n/values';
import { csvText } from '../csv';
import type { FaceMeasurement } from '../measure/faceMeasurer';
import { auditFaceSeeds } from './auditSeeds';

export interface AuditPlan {
  auditSeed: number;
  size: number;
  /** Slider values away from 50, by attribute id. */
  sliders: Record<string, number>;
  locks: string[];
}

export interface AuditFace {
  index: number;
  seed: number;
  measurement: FaceMeasurement;
}

/** Every face of the plan in order, with its seed; a continued audit measures the same faces from where it stopped. */
export function auditFaces(plan: Pick<AuditPlan, 'auditSeed' | 'size'>): { index: number; seed: number }[] {
  return auditFaceSeeds(plan.auditSeed, plan.size).map((seed, index) => ({ index, seed }));
}

/**
 * Faces per engine call: a GPU draws a batch in one pass; WASM and CPU gain little from
 * batching, and a smaller batch lets Cancel take effect sooner. On the page every batch
 * blocks it, so one face at a time.
 */
export function auditBatchSize(backend: string | null, thread: string | null): number {
  if (thread === 'page') return 1;
  return backend === 'webgpu' || backend === 'webgl' ? 8 : 2;
}

type Attributes = readonly { id: string; label: string }[];

/** "Smiling at 100 and Male locked", or null at the default sliders with nothing locked. */
export function settingsList(plan: Pick<AuditPlan, 'sliders' | 'locks'>, attributes: Attributes): Message | null {
  const attribute = (id: string) => attributeValue(attributes.find((a) => a.id === id) ?? { id, label: id });
  const moved = Object.entries(plan.sliders)
    .filter(([, v]) => v !== 50)
    .map(([id, value]) => message('report.settings.at', { attribute: attribute(id), value }));
  const locked = plan.locks.map((id) => message('report.attribute', { attribute: attribute(id) }));
  const parts = [...moved, ...(locked.length ? [message('report.settings.locked', { attributes: listValue(locked, 'and') })] : [])];
  return parts.length ? message('report.settings.list', { parts: listValue(parts) }) : null;
}

/** "With Smiling at 100 and Male locked", or "At the default sliders". */
export function settingsLabel(plan: Pick<AuditPlan, 'sliders' | 'locks'>, attributes: Attributes): Message {
  const list = settingsList(plan, attributes);
  return list ? message('report.settings.with', { list }) : message('report.settings.default');
}

export const AUDIT_CSV_COLUMNS = [
  'auditSeed',
  'index',
  'seed',
  'sliders',
  'locks',
  'found',
  'detectionScore',
  'age',
  'pMale',
  'pHappy',
  'ita',
  'monkTone',
  'monkGroup',
  'yaw',
  'placedBy',
  'skinLightness',
  'skinHue',
] as const;

/**
 * One row per measured face, in face order. placedBy is 'aligned' for a face the detector missed
 * and the measurer read in the aligned crop's box (detectionScore 0); a face not measured at
 * all has found=false and empty readings. ita is kept for continuity with earlier exports.
 */
export function auditCsv(plan: AuditPlan, faces: readonly AuditFace[]): string {
  const sliders = Object.entries(plan.sliders)
    .map(([id, v]) => `${id}=${v}`)
    .join(' ');
  const rows = [...faces]
    .sort((a, b) => a.index - b.index)
    .map(({ index, seed, measurement: m }) => [
      plan.auditSeed,
      index,
      seed,
      sliders,
      plan.locks.join(' '),
      m.found,
      m.detectionScore,
      m.age,
      m.pMale,
      m.expressions?.happy ?? null,
      m.ita,
      m.skin?.monk ?? null,
      m.skin?.group ?? null,
      m.yaw,
      m.placedBy,
      m.skin?.lightness ?? null,
      m.skin?.hue ?? null,
    ]);
  return csvText(AUDIT_CSV_COLUMNS, rows);
}

/** "face-explorer-audit-123456-smiling100-200" (the caller adds .csv). */
export function auditFileStem(plan: AuditPlan, measured: number): string {
  const moved = Object.entries(plan.sliders)
    .map(([id, v]) => `${id}${v}`)
    .join('-')
    .replace(/[^A-Za-z0-9-]+/g, '-');
  return ['face-explorer-audit', plan.auditSeed, moved || 'default', measured].join('-');
}
