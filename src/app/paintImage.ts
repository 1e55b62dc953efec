/** Svelte action: paints ImageData into a canvas, again whenever the image changes. */
export function paintImage(canvas: HTMLCanvasElement, image: ImageData | undefined) {
  const draw = (next: ImageData | undefined) => {
    if (!next) return;
    canvas.width = next.width;
    canvas.height = next.height;
    canvas.getContext('2d')?.putImageData(next, 0, 0);
  };
  draw(image);
  return { update: draw };
}
