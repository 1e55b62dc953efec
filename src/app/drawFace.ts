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
