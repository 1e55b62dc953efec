import * as tf from '@tensorflow/tfjs';

/**
 * Draws a [H,W,3] face. tf.browser.draw keeps the pixels on the GPU where the backend has a Draw
 * kernel (WebGPU, CPU); elsewhere toPixels reads them back, which WASM pays anyway.
 */
export async function drawFace(face: tf.Tensor3D, canvas: HTMLCanvasElement): Promise<void> {
  if (tf.getKernel('Draw', tf.getBackend())) {
    tf.browser.draw(face, canvas);
    const device = (tf.backend() as { device?: { queue: { onSubmittedWorkDone(): Promise<void> } } }).device;
    // Resolve when the GPU has really finished, so frame times are honest.
    if (device) await device.queue.onSubmittedWorkDone();
  } else {
    await tf.browser.toPixels(face, canvas);
  }
}

/** A batch [N,H,W,3] in [0,1] as ImageData, with one read-back for the whole batch. */
export async function facesToImages(faces: tf.Tensor4D): Promise<ImageData[]> {
  const [n, height, width] = faces.shape;
  const rgba = tf.tidy(() => {
    const bytes = faces.mul(255).round().clipByValue(0, 255).cast('int32');
    return tf.concat([bytes, tf.fill([n, height, width, 1], 255, 'int32')], 3);
  });
  const data = await rgba.data();
  rgba.dispose();
  return Array.from({ length: n }, (_, i) => {
    const pixels = new Uint8ClampedArray(width * height * 4);
    pixels.set(data.subarray(i * width * height * 4, (i + 1) * width * height * 4));
    return new ImageData(pixels, width, height);
  });
}
