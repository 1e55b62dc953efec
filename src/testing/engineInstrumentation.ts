/**
 * Test and benchmark builds only (vite --mode e2e): what e2e tests and the latency benchmark need
 * from inside the engine and cannot reach through the UI. Read-only probes, a way to lose the
 * GPU on purpose, and the benchmark's naive baseline loop; nothing here changes what the
 * app draws unless a test asks for it.
 */
import * as tf from '@tensorflow/tfjs-core';
import { LatestWinsScheduler } from '../core/scheduler';
import { FaceEngine, type FaceEngineConfig, type RenderLoop } from '../engine/faceEngine';
import type { GpuHandles } from '../engine/gpuLoss';
import { MeasurerSource } from '../engine/measurerSource';
import type { DrawJob, EngineProbes, QueueMode } from '../engine/protocol';
import { fakeMeasurers } from './fakeMeasurer';

/** Every request drawn in order, none dropped: what the latest-wins loop is measured against. */
class EveryRequestQueue implements RenderLoop {
  private tail: Promise<void> = Promise.resolve();
  private pending = 0;
  private waiters: Array<() => void> = [];

  constructor(
    private readonly run: (job: DrawJob) => Promise<void>,
    private readonly onError: (error: unknown) => void,
    private readonly onIdle: () => void,
  ) {}

  request(job: DrawJob): void {
    this.pending++;
    this.tail = this.tail
      .then(() => this.run(job))
      .catch(this.onError)
      .finally(() => {
        if (--this.pending > 0) return;
        this.onIdle();
        for (const resolve of this.waiters.splice(0)) resolve();
      });
  }

  idle(): Promise<void> {
    return this.pending === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }
}

export function instrumentEngine(config: FaceEngineConfig): { engine: FaceEngine; probes: EngineProbes } {
  let mode: QueueMode = 'latest-wins';
  let loops: Record<QueueMode, RenderLoop> | null = null;
  const switchable: FaceEngineConfig['renderLoop'] = (run, events) => {
    loops = {
      'latest-wins': new LatestWinsScheduler(run, events),
      'every-request': new EveryRequestQueue(
        run,
        (e) => events.onError?.(e, undefined as never),
        () => events.onBusy?.(false),
      ),
    };
    return {
      request: (job) => loops![mode].request(job),
      idle: async () => {
        await loops!['latest-wins'].idle();
        await loops!['every-request'].idle();
      },
    };
  };
  let useFake = false;
  let fakeDelayMs = 0;
  const fake = fakeMeasurers(() => fakeDelayMs);
  const measurers: FaceEngineConfig['measurers'] = (siteRoot) => {
    const real = new MeasurerSource(siteRoot);
    return { get: () => (useFake ? fake.get() : real.get()), reset: () => real.reset() };
  };
  const engine = new FaceEngine({ ...config, renderLoop: switchable, measurers });
  const handles = () => (tf.getBackend() ? (tf.backend() as GpuHandles) : {});
  return {
    engine,
    probes: {
      engineBackend: async () => engine.backend,
      tensorCount: async () => tf.memory().numTensors,
      async loseGpu() {
        const backend = handles();
        if (engine.backend === 'webgpu' && backend.device) backend.device.destroy();
        else if (engine.backend === 'webgl' && backend.gpgpu) backend.gpgpu.gl.getExtension('WEBGL_lose_context')?.loseContext();
        else return false;
        return true;
      },
      async crash() {
        setTimeout(() => {
          throw new Error('engine crash injected by a test');
        });
      },
      async fakeMeasurer(delayMs) {
        // Every caller measures through the engine's measurers: the readout, the sweep, auditBatch and the lock hold.
        fakeDelayMs = delayMs;
        useFake = true;
      },
      async setQueue(next) {
        await engine.idle();
        mode = next;
      },
    },
  };
}
