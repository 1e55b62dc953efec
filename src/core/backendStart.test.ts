import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { startFirstWorkingBackend } from './backendStart';

describe('starting the first working backend', () => {
  it('brings each backend in before switching to it, and moves on when that fails', async () => {
    const registered: string[] = [];
    const started = await startFirstWorkingBackend(
      ['webgpu', 'cpu'],
      async (backend) => `${backend} ran ${tf.getBackend()}`,
      async (backend) => {
        registered.push(backend);
        if (backend === 'webgpu') throw new Error('the webgpu chunk did not load');
      },
    );
    expect(registered).toEqual(['webgpu', 'cpu']);
    expect(started.backend).toBe('cpu');
    expect(started.value).toBe('cpu ran cpu');
    expect(started.failures).toEqual([{ backend: 'webgpu', error: 'the webgpu chunk did not load' }]);
  });
});
