/**
 * Downloads are the face on screen: its record's image (corrected when locks are held) and its
 * HD face. A record whose stages have not all run yet is drawn afresh through the same stages,
 * so the file never shows a face the screen was about to replace.
 */
import { downloadFileName } from './downloadName';
import type { FaceImage } from '../core/faceBytes';
import type { FrameRecord } from '../core/frameRecord';
import type { EngineConnection } from '../engine/engineClient';
import type { MainRequest } from '../engine/protocol';
import { paintFace } from './paintImage';

/** What a download needs from the session. */
export interface FaceSource {
  engine: EngineConnection | null;
  frames: { onScreen: FrameRecord | null; newestId: number };
  /** The state asked for last, to draw afresh. */
  state: { mainRequest(id: number): MainRequest };
  /** HD faces on: a download larger than the model's size is the HD face, not a smoothed one. */
  hdOn: boolean;
}

/** The record on screen once every stage has run, drawn afresh when it has not. */
export async function finalRecord(source: FaceSource): Promise<FrameRecord> {
  const { onScreen, newestId } = source.frames;
  if (onScreen?.final && onScreen.id === newestId) return onScreen;
  if (!source.engine) throw new Error('the model is not ready');
  return source.engine.drawFinal(source.state.mainRequest(newestId));
}

/** The face to save at `size` px: the HD face when HD is on and the size is larger than the model's. */
export async function downloadImage(source: FaceSource, record: FrameRecord, size: number | null): Promise<FaceImage> {
  const { image } = record;
  if (!source.hdOn || size === null || size <= image.width) return image;
  if (record.hd) return record.hd;
  if (!source.engine) throw new Error('the model is not ready');
  return source.engine.upscale(image);
}

function canvasOf(width: number, height: number): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser has no 2D canvas to encode the PNG with');
  return { canvas, context };
}

/** Encodes the face as PNG, smoothly scaled to `size` px square (null keeps the model's size). */
export async function facePng(image: FaceImage, size: number | null): Promise<Blob> {
  const original = canvasOf(image.width, image.height);
  paintFace(original.canvas, image);
  let target = original;
  if (size !== null && size !== image.width) {
    target = canvasOf(size, size);
    target.context.imageSmoothingEnabled = true;
    target.context.imageSmoothingQuality = 'high';
    target.context.drawImage(original.canvas, 0, 0, size, size);
  }
  return new Promise((resolve, reject) =>
    target.canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png'),
  );
}

/** Saves the face on screen as a PNG named after the state it shows. */
export async function downloadFace(source: FaceSource, size: number | null): Promise<string> {
  const record = await finalRecord(source);
  const image = await downloadImage(source, record, size);
  const { state } = record;
  const name = downloadFileName({ seed: state.seed, sliders: state.sliders, locked: new Set(state.locked) }, size ?? image.width);
  const url = URL.createObjectURL(await facePng(image, size));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The browser reads the blob after click() returns; give it time before letting go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
