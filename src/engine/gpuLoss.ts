import * as tf from '@tensorflow/tfjs-core';
import type { Message } from '../i18n/catalogue';

/** The parts of tfjs backends this module touches; tfjs does not export these types. */
export interface GpuHandles {
  device?: { lost: Promise<{ message: string; reason?: string }>; destroy(): void };
  gpgpu?: { gl: WebGLRenderingContext | WebGL2RenderingContext };
}

/** A lost GPU: English words for logs and a batch's error line, and a message for the page's notice. */
export class GpuLost extends Error {
  constructor(
    words: string,
    readonly text: Message,
  ) {
    super(words);
    this.name = 'GpuLost';
  }
}

/**
 * Calls `onLost` once when the current tfjs backend's GPU goes away: a WebGL context loss
 * (driver reset, too many contexts, tab in the background on mobile) or a lost WebGPU device.
 */
export function watchForGpuLoss(onLost: (lost: GpuLost) => void): void {
  let reported = false;
  const report = (lost: GpuLost) => {
    if (reported) return;
    reported = true;
    onLost(lost);
  };
  const backend = tf.backend() as GpuHandles;
  void backend.device?.lost.then((info) => {
    // The browser's own reason stays in its words.
    const detail = info.message || info.reason;
    const reason: Message | string = detail || { key: 'engine.noReasonGiven' };
    report(new GpuLost(`The WebGPU device was lost (${detail || 'no reason given'})`, { key: 'engine.webgpuLost', params: { reason } }));
  });
  const canvas = backend.gpgpu?.gl.canvas;
  // tfjs draws WebGL into an OffscreenCanvas where it can; both fire the event.
  if (canvas && 'addEventListener' in canvas)
    canvas.addEventListener('webglcontextlost', () => report(new GpuLost('The WebGL context was lost', { key: 'engine.webglLost' })));
}
