/**
 * One record per main face, from request to readings: the engine answers a draw request with
 * the face as drawn, then adds to the same record as the face rests (locks held, readings, HD)
 * and marks it final when every stage ran. A newer request cancels the stages of older ones.
 * The page keeps the record on screen and reads everything from it: the readout, the presenter's
 * start and trace, downloads.
 */
import type { FaceImage } from './faceBytes';
import type { LockStatus } from './lockHold';
import type { FaceMeasurement } from './measure/faceMeasurer';
import type { FrameState } from './presenter/frameState';

/** What measuring the face gave: readings and identity, or why there are none. */
export type FaceReadings =
  | {
      status: 'measured';
      measurement: FaceMeasurement;
      /** Identity distance to the seed's face as generated; null when either face was not found. */
      identity: number | null;
      /** How long measuring took in the engine. */
      ms: number;
    }
  /** The model's faces are smaller than the classifiers take (the tests' tiny models). */
  | { status: 'too-small' }
  | { status: 'failed'; error: string };

/** The per-face lock check of a face whose locks were held. */
export interface LockReport {
  statuses: LockStatus[];
  /** Faces drawn and measured for the correction, and how long it took. */
  measures: number;
  ms: number;
}

export interface FrameRecord {
  id: number;
  state: FrameState;
  /** The face to show and download: as drawn, then corrected when locks are held. */
  image: FaceImage;
  /** The engine's time to draw the face. */
  ms: number;
  readings?: FaceReadings;
  lockStatus?: LockReport;
  /** The face ×4, of `image`. */
  hd?: FaceImage;
  /** Every stage ran: nothing more will be added. */
  final: boolean;
  /** The face was drawn ahead while the face rested (core/prepare/), not for this request. */
  prepared?: boolean;
  /**
   * The nearest prepared face, shown at once during a drag: `state` is what it shows, not what
   * was asked for; the exact face follows, under the same id, once the hand rests.
   */
  approximate?: boolean;
}

/** The stages in the order they run; each update names the one it comes from. */
export const FRAME_STAGES = ['drawn', 'held', 'measured', 'hd', 'final'] as const;
export type FrameStage = (typeof FRAME_STAGES)[number];

/** What the engine sends: the first ('drawn') is a whole record, later ones only what their stage added. */
export type FrameUpdate =
  | { stage: 'drawn'; record: FrameRecord }
  | { stage: 'held'; id: number; image: FaceImage; lockStatus: LockReport; readings?: FaceReadings }
  | { stage: 'measured'; id: number; readings: FaceReadings }
  | { stage: 'hd'; id: number; hd: FaceImage }
  | { stage: 'final'; id: number };

export const updateId = (update: FrameUpdate): number => (update.stage === 'drawn' ? update.record.id : update.id);

/**
 * The record after `update`, or the record unchanged when the update is of another record. A
 * corrected face replaces the image, and with it the readings and HD of the face as drawn.
 */
export function applyUpdate(record: FrameRecord, update: FrameUpdate): FrameRecord {
  if (updateId(update) !== record.id) return record;
  switch (update.stage) {
    case 'drawn':
      return update.record;
    case 'held': {
      const { readings: _readings, hd: _hd, ...rest } = record;
      return { ...rest, image: update.image, lockStatus: update.lockStatus, ...(update.readings ? { readings: update.readings } : {}) };
    }
    case 'measured':
      return { ...record, readings: update.readings };
    case 'hd':
      return { ...record, hd: update.hd };
    case 'final':
      return { ...record, final: true };
  }
}

/** The readings of a record when it was measured (not when measuring failed or was not possible). */
export function measuredReadings(record: FrameRecord | null): Extract<FaceReadings, { status: 'measured' }> | null {
  return record?.readings?.status === 'measured' ? record.readings : null;
}
