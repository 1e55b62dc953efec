/**
 * The page's side of the frame records: the one place that numbers draw requests and knows
 * which record is on screen. A record is shown only if it is of a newer request than the one
 * on screen; a corrected face and an HD face only while their record is the newest asked for.
 * The readout, the presenter and downloads read records from here, never timing.
 */
import { applyUpdate, updateId, type FrameRecord, type FrameUpdate } from '../core/frameRecord';
import type { GalleryFrame } from '../engine/protocol';
import { FacePainter } from './facePainter';
import type { Gallery } from './gallery.svelte';

/** What the frames need from the page around them. */
export interface FrameContext {
  readonly gallery: Gallery;
  /** Whether an HD face should replace the face on screen (HD on, not the gallery). */
  showsHd(): boolean;
  /** A main face reached the screen (the first one settles the wait for it). */
  faceShown(): void;
  /** The newest face went through every stage: the engine may prepare faces ahead now. */
  rested(): void;
}

export class FrameStore {
  /** The record on screen. */
  onScreen = $state.raw<FrameRecord | null>(null);
  /** The newest record that got readings: the readout shows it, stale once a newer face is asked for. */
  measured = $state.raw<FrameRecord | null>(null);
  /** The newest request's id. */
  newestId = $state(0);
  /** From a request until the engine has drawn the newest one. */
  busy = $state(true);
  /** The engine's time for the last face or gallery. */
  ms = $state<number | null>(null);
  readonly painter = new FacePainter();

  constructor(private readonly context: FrameContext) {}

  /** The id of a new request. */
  nextId(): number {
    this.busy = true;
    return ++this.newestId;
  }

  /** Whether the record on screen is the newest asked for. */
  get current(): boolean {
    return this.onScreen !== null && this.onScreen.id === this.newestId;
  }

  apply(update: FrameUpdate): void {
    const shown = this.onScreen;
    if (update.stage === 'drawn') {
      const { record } = update;
      // The exact face replaces the nearest prepared one under the same id.
      const replaces = shown?.approximate && !record.approximate && record.id === shown.id;
      if (shown && record.id <= shown.id && !replaces) return;
      this.ms = record.ms;
      if (record.id >= this.newestId && !record.approximate) this.busy = false;
      this.show(record);
      this.context.faceShown();
      return;
    }
    if (!shown || updateId(update) !== shown.id) return;
    // A later stage of a face already left behind would show a state no one asked for any more.
    if (update.stage === 'held' && shown.id !== this.newestId) return;
    const record = applyUpdate(shown, update);
    this.onScreen = record;
    if (update.stage === 'held') this.painter.paint(record.image, record.id);
    if (update.stage === 'hd' && this.context.showsHd() && record.id === this.newestId) this.painter.paintHd(update.hd, record.id);
    if (record.readings) this.measured = record;
    if (update.stage === 'final' && record.id === this.newestId) this.context.rested();
  }

  gallery(frame: GalleryFrame): void {
    this.ms = frame.ms;
    if (frame.id >= this.newestId) this.busy = false;
    this.context.gallery.images = frame.images;
  }

  /** The engine went idle having taken request `lastId`. */
  idle(lastId: number): void {
    if (lastId >= this.newestId) this.busy = false;
  }

  /** HD switched on or off: the face on screen shows its HD face or its own pixels. */
  hdChanged(): void {
    const shown = this.onScreen;
    if (!shown) return;
    if (this.context.showsHd() && shown.hd) this.painter.paintHd(shown.hd, shown.id);
    else if (this.painter.shownHd) this.painter.paint(shown.image, shown.id);
  }

  private show(record: FrameRecord): void {
    this.onScreen = record;
    this.painter.paint(record.image, record.id);
    if (record.readings) this.measured = record;
  }
}
