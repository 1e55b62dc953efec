/**
 * Test and benchmark builds only (vite --mode e2e): what e2e tests and the latency benchmark need
 * from inside the engine and cannot reach through the UI. Read-only probes, a way to lose the
 * GPU on purpose, and the benchmark's naive baseline loop; nothing here changes what the
 * app draws unless a test asks for it.
 */
import * as tf from '@tensorflow/tfjs-core';
import { LatestWinsScheduler } from '../core/scheduler';
import { FaceEngine, type FaceEngineConfig } from '../engine/faceEngine';
import type { RenderLoop } from '../engine/faceRuntime';
import type { GpuHandles } from '../engine/gpuLoss';
import { generatorModel } from '../engine/faceModel';
import { MeasurerSource } from '../engine/measurerSource';
import type { DrawRequest, EngineProbes, QueueMode } from '../engine/protocol';
import { fakeMeasurers } from './fakeMeasurer';

/** Every request drawn in order, none dropped: what the latest-wins loop is measured against. */
class EveryRequestQueue implements RenderLoop {
  private tail: Promise<void> = Promise.resolve();
  private pending = 0;
  private waiters: Array<() => void> = [];

  constructor(
    private readonly run: (job: DrawRequest) => Promise<void>,
    private readonly onError: (error: unknown) => void,
    private readonly onIdle: () => void,
  ) {}

  request(job: DrawRequest): void {
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
  let facesDrawn = 0;
  const counted: FaceEngineConfig['model'] = (generator, lost) => {
    const model = generatorModel(generator, lost);
    return {
      backend: model.backend,
      render: (latents) => {
        facesDrawn += latents.length;
        return model.render(latents);
      },
      renderInSteps: async (latents, between) => {
        const faces = await model.renderInSteps!(latents, between);
        if (faces) facesDrawn += latents.length;
        return faces;
      },
      dispose: () => model.dispose(),
    };
  };
  const engine = new FaceEngine({ ...config, renderLoop: switchable, measurers, model: counted });
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
        // Every measuring goes through the engine's measurers: the readings stage, batches and the lock hold.
        fakeDelayMs = delayMs;
        useFake = true;
      },
      async facesDrawn() {
        return facesDrawn;
      },
      async holdMeasuring(hold) {
        engine.holdMeasuring(hold);
      },
      async setQueue(next) {
        await engine.idle();
        mode = next;
      },
    },
  };
}
