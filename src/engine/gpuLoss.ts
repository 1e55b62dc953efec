import * as tf from '@tensorflow/tfjs-core';

/** The parts of tfjs backends this module touches; tfjs does not export these types. */
export interface GpuHandles {
  device?: { lost: Promise<{ message: string; reason?: string }>; destroy(): void };
  gpgpu?: { gl: WebGLRenderingContext | WebGL2RenderingContext };
}

/**
 * Calls `onLost` once when the current tfjs backend's GPU goes away: a WebGL context loss
 * (driver reset, too many contexts, tab in the background on mobile) or a lost WebGPU device.
 */
export function watchForGpuLoss(onLost: (why: string) => void): void {
  let reported = false;
  const report = (why: string) => {
    if (reported) return;
    reported = true;
    onLost(why);
  };
  const backend = tf.backend() as GpuHandles;
  void backend.device?.lost.then((info) => report(`The WebGPU device was lost (${info.message || info.reason || 'no reason given'})`));
  const canvas = backend.gpgpu?.gl.canvas;
  // tfjs draws WebGL into an OffscreenCanvas where it can; both fire the event.
  if (canvas && 'addEventListener' in canvas) canvas.addEventListener('webglcontextlost', () => report('The WebGL context was lost'));
}
