/**
 * The live readout: what face-api measured in the face on screen, read from the frame records
 * (the engine measures each face as it rests, in the same record). Nothing here measures or
 * schedules: it only says which record's readings show and how they stand.
 */
import { measuredReadings, type FrameRecord } from '../core/frameRecord';
import type { LockStatus } from '../core/lockHold';
import type { FaceMeasurement } from '../core/measure/faceMeasurer';
import type { Freshness } from '../core/measure/measurable';
import type { FrameStore } from './frames.svelte';
import { session } from './session.svelte';

/** 'too-small': the model's faces are below MIN_MEASURABLE_SIZE, so nothing is measured. */
export type MeasurerStatus = 'idle' | 'loading' | 'ready' | 'failed' | 'too-small';

export class LiveReadout {
  constructor(private readonly frames: FrameStore) {}

  /** The record whose readings show. */
  get record(): FrameRecord | null {
    return this.frames.measured;
  }

  get measurement(): FaceMeasurement | null {
    return measuredReadings(this.record)?.measurement ?? null;
  }

  get freshness(): Freshness {
    const record = this.record;
    if (!record) return 'none';
    return record.id === this.frames.newestId ? 'fresh' : 'stale';
  }

  get status(): MeasurerStatus {
    const readings = this.record?.readings;
    if (readings?.status === 'failed') return 'failed';
    if (readings?.status === 'too-small') return 'too-small';
    if (readings) return 'ready';
    return this.frames.onScreen ? 'loading' : 'idle';
  }

  get error(): string | null {
    const readings = this.record?.readings;
    return readings?.status === 'failed' ? readings.error : null;
  }

  /** The request id of the measured frame (0 before the first). */
  get measuredFrame(): number {
    return this.record?.id ?? 0;
  }

  get measureMs(): number | null {
    return measuredReadings(this.record)?.ms ?? null;
  }

  /** Identity distance to the seed's face as generated (null: a face not found). */
  get identity(): number | null {
    return measuredReadings(this.record)?.identity ?? null;
  }

  /** The engine's lock check of the measured frame, if it held locks. */
  get locks(): LockStatus[] | null {
    return this.record?.lockStatus?.statuses ?? null;
  }
}

export const liveReadout = new LiveReadout(session.frames);
