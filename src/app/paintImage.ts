import type { FaceImage } from '../core/faceBytes';

/** Paints a face's bytes into a canvas, sizing the canvas to the face. */
export function paintFace(canvas: HTMLCanvasElement, image: FaceImage): void {
  if (canvas.width !== image.width || canvas.height !== image.height) {
    canvas.width = image.width;
    canvas.height = image.height;
  }
  canvas.getContext('2d')?.putImageData(new ImageData(image.rgba as Uint8ClampedArray<ArrayBuffer>, image.width, image.height), 0, 0);
}

/** Svelte action: paints a face into a canvas, again whenever the face changes. */
export function paintImage(canvas: HTMLCanvasElement, image: FaceImage | null | undefined) {
  const draw = (next: FaceImage | null | undefined) => {
    if (next) paintFace(canvas, next);
  };
  draw(image);
  return { update: draw };
}
