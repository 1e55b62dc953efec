/**
 * The rest-time stages of a main face, in their fixed order: locks held (the corrected face
 * replaces the drawn one), readings (skipped when the hold measured the face already), HD of
 * the face that stays, then final. Each stage is skipped when its part is already on the record
 * (a second pass after HD was switched on adds only HD), and none starts once a newer request
 * superseded the record: then the record never becomes final.
 */
import type { FaceImage } from '../core/faceBytes';
import { applyUpdate, type FaceReadings, type FrameRecord, type FrameUpdate } from '../core/frameRecord';
import type { FaceMeasurement } from '../core/measure/faceMeasurer';
import type { FaceReader } from './faceReader';
import type { LockHoldStage } from './lockHoldStage';
import type { MainRequest } from './protocol';

/** What the HD stage needs of the upscaler. */
export interface HdStage {
  readonly enabled: boolean;
  /** The face ×4, or null when `wanted` said no between tiles. */
  upscale(image: FaceImage, wanted: (() => boolean) | null): Promise<FaceImage | null>;
}

export interface StageDeps {
  lockHold: LockHoldStage;
  reader: FaceReader;
  hd: HdStage;
  /** Whether the readings stage runs (a benchmark can hold it). */
  measuring(): boolean;
  /** An upscaler that failed costs HD only; the engine decides what to tell the page. */
  hdFailed(error: unknown): void;
}

/** Readings for a face the lock hold measured already, with its identity added. */
async function heldReadings(reader: FaceReader, measurement: FaceMeasurement, request: MainRequest, ms: number): Promise<FaceReadings> {
  const identity = await reader.identity(measurement, Float32Array.of(), request.reference).catch(() => null);
  return { status: 'measured', measurement, identity, ms };
}

/**
 * Runs the stages on `record` (the face drawn for `request`), sending each update as it comes.
 * Returns the record as it ends: final unless superseded.
 */
export async function runStages(
  start: FrameRecord,
  request: MainRequest,
  deps: StageDeps,
  emit: (update: FrameUpdate) => void,
  superseded: () => boolean,
): Promise<FrameRecord> {
  let record = start;
  const send = (update: FrameUpdate) => {
    record = applyUpdate(record, update);
    emit(update);
  };
  if (request.hold && !record.lockStatus && !superseded()) {
    const held = await deps.lockHold.run(request.hold, request.latent, record.image, superseded);
    if (held && !superseded()) {
      const { statuses, measures, ms, measurement } = held;
      const readings = measurement ? await heldReadings(deps.reader, measurement, request, ms) : undefined;
      send({ stage: 'held', id: record.id, image: held.image, lockStatus: { statuses, measures, ms }, ...(readings ? { readings } : {}) });
    }
  }
  if (!record.readings && deps.measuring() && !superseded()) {
    // The corrected face's latent is not the request's: identity is then measured, never assumed.
    const latent = record.lockStatus ? Float32Array.of() : request.latent;
    send({ stage: 'measured', id: record.id, readings: await deps.reader.readings(record.image, latent, request.reference) });
  }
  if (deps.hd.enabled && !record.hd && !superseded()) {
    try {
      const hd = await deps.hd.upscale(record.image, () => !superseded());
      if (hd && !superseded()) send({ stage: 'hd', id: record.id, hd });
    } catch (error) {
      deps.hdFailed(error);
    }
  }
  if (!record.final && !superseded()) send({ stage: 'final', id: record.id });
  return record;
}
