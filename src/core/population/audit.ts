/**
 * An audit: N fresh faces drawn at one setting of the sliders and locks and measured. This
 * module plans its batches, names its setting in words and writes its CSV; drawing and
 * measuring happen in the engine, the loop in src/app/audit.svelte.ts.
 */
import { csvText } from '../csv';
import type { FaceMeasurement } from '../measure/faceMeasurer';
import { itaCategory } from '../measure/itaCategory';
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

/** Consecutive face indices from `start` to the end of the plan, `batchSize` at a time. */
export function auditBatches(
  plan: Pick<AuditPlan, 'auditSeed' | 'size'>,
  start: number,
  batchSize: number,
): { index: number; seed: number }[][] {
  const per = Math.max(1, Math.floor(batchSize));
  const seeds = auditFaceSeeds(plan.auditSeed, Math.max(0, plan.size - start), start);
  const batches: { index: number; seed: number }[][] = [];
  for (let i = 0; i < seeds.length; i += per) batches.push(seeds.slice(i, i + per).map((seed, j) => ({ index: start + i + j, seed })));
  return batches;
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

/** "With Smiling at 100 and Male locked", or "At the default sliders". */
export function settingsLabel(plan: Pick<AuditPlan, 'sliders' | 'locks'>, attributes: readonly { id: string; label: string }[]): string {
  const label = (id: string) => attributes.find((a) => a.id === id)?.label ?? id;
  const moved = Object.entries(plan.sliders)
    .filter(([, v]) => v !== 50)
    .map(([id, v]) => `${label(id)} at ${v}`);
  const locked = plan.locks.map(label);
  const parts = [...moved, ...(locked.length ? [`${locked.join(' and ')} locked`] : [])];
  return parts.length ? `With ${parts.join(', ')}` : 'At the default sliders';
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
  'skinCategory',
  'yaw',
] as const;

/** One row per measured face, in face order; a face the detector missed has found=false and empty readings. */
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
      m.ita === null ? null : itaCategory(m.ita),
      m.yaw,
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

export interface AuditProgress {
  status: 'idle' | 'running' | 'cancelling' | 'done' | 'cancelled' | 'failed';
  done: number;
  total: number;
  /** Faces per minute so far in this run. */
  rate: number | null;
  error: string | null;
}

/** The audit's status line: progress with the time left, or how it ended. */
export function auditProgressText({ status, done, total, rate, error }: AuditProgress): string {
  switch (status) {
    case 'running': {
      if (!rate || rate <= 0) return `Measured ${done} of ${total} faces…`;
      const left = Math.max(1, Math.round((total - done) / rate));
      return `Measured ${done} of ${total} faces (${rate.toFixed(1)} faces a minute, about ${left} min left)`;
    }
    case 'cancelling':
      return `Cancelling after ${done} of ${total} faces…`;
    case 'cancelled':
      return `Cancelled after ${done} of ${total} faces: the results below are partial, with wider intervals.`;
    case 'done':
      return `Done: ${total} faces measured.`;
    case 'failed':
      return `The audit failed after ${done} faces: ${error ?? 'unknown error'}`;
    default:
      return '';
  }
}
