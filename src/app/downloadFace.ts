import { downloadFileName, type FaceSettings } from './downloadName';
import type { FaceImage } from '../core/faceBytes';
import type { EngineConnection } from '../engine/engineClient';
import { paintFace } from './paintImage';

/** What a download needs from the session: the settings for the name and a way to draw them. */
export interface FaceSource extends FaceSettings {
  engine: EngineConnection | null;
  latentFor(seed: number): Float32Array;
  /** HD faces on: a download larger than the model's size is the HD face, not a smoothed one. */
  hdOn: boolean;
  requestSeq: number;
  painter: { shownHd: FaceImage | null; shownSeq: number };
}

/** The HD face of the current state: the one on screen, else upscaled now from `image`. */
async function hdFace(source: FaceSource, image: FaceImage): Promise<FaceImage> {
  const { painter } = source;
  if (painter.shownHd && painter.shownSeq === source.requestSeq) return painter.shownHd;
  return source.engine!.upscale(image);
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

/** Renders the current face afresh and saves it as a PNG named after its settings. */
export async function downloadFace(source: FaceSource, size: number | null): Promise<string> {
  if (!source.engine) throw new Error('the model is not ready');
  const settings = { seed: source.seed, sliders: { ...source.sliders }, locked: new Set(source.locked) };
  let [image] = await source.engine.renderImages([source.latentFor(settings.seed)]);
  if (!image) throw new Error('the engine drew no face');
  if (source.hdOn && size !== null && size > image.width) image = await hdFace(source, image);
  const name = downloadFileName(settings, size ?? image.width);
  const url = URL.createObjectURL(await facePng(image, size));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The browser reads the blob after click() returns; give it time before letting go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
