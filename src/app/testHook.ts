import * as tf from '@tensorflow/tfjs';
import type { FaceEngine } from './faceEngine';
import type { GpuHandles } from './gpuLoss';

/**
 * `window.__faceExplorer`: what e2e tests and the latency benchmark (scripts/bench-latency.ts)
 * need from inside the page and cannot reach through the UI. Read-only views plus the
 * benchmark's switch to a naive render queue; nothing here changes what the app draws.
 */
export interface FaceExplorerTestHook {
  backend(): string;
  /** tfjs's WebGL context while WebGL draws, so a test can lose it (WEBGL_lose_context). */
  webglContext(): WebGLRenderingContext | WebGL2RenderingContext | null;
  /** tfjs's WebGPU device while WebGPU draws, so a test can destroy it. */
  webgpuDevice(): { destroy(): void } | null;
  tensorCount(): number;
  /** Sequence number of the latest draw request. */
  lastRequest(): number;
  /** Called after each face reaches the main canvas, with the request it showed. */
  onFrameDrawn(listener: ((seq: number) => void) | null): void;
  /** 'every-request' draws each request in turn, as most GAN demos do (the benchmark's baseline). */
  setQueue(mode: 'latest-wins' | 'every-request'): Promise<void>;
  /** Resolves when nothing is being drawn or waiting. */
  idle(): Promise<void>;
}

declare global {
  interface Window {
    __faceExplorer?: FaceExplorerTestHook;
  }
}

export function exposeTestHook(engine: FaceEngine): void {
  const handles = () => (tf.getBackend() ? (tf.backend() as GpuHandles) : {});
  window.__faceExplorer = {
    backend: () => tf.getBackend() ?? '',
    webglContext: () => (tf.getBackend() === 'webgl' ? (handles().gpgpu?.gl ?? null) : null),
    webgpuDevice: () => (tf.getBackend() === 'webgpu' ? (handles().device ?? null) : null),
    tensorCount: () => tf.memory().numTensors,
    lastRequest: () => engine.requestSeq,
    onFrameDrawn: (listener) => (engine.onMainFrameDrawn = listener),
    async setQueue(mode) {
      await this.idle();
      engine.everyRequestQueue = mode === 'every-request' ? Promise.resolve() : null;
    },
    async idle() {
      await engine.idle();
      // The naive queue grows while it is awaited; wait until it stops growing.
      for (let queue = engine.everyRequestQueue; queue; queue = engine.everyRequestQueue) {
        await queue;
        if (engine.everyRequestQueue === queue) break;
      }
    },
  };
}
