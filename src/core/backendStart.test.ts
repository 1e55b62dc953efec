import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it, vi } from 'vitest';
import { forcedBackendNotice, startFirstWorkingBackend } from './backendStart';

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

  it('says in its own words, for the notice, that a backend did not initialise', async () => {
    // A backend whose factory fails: tfjs answers false, with no error of its own (only a warning, kept out of the log).
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const register = async (backend: string) => {
      if (backend === 'webgl' && !tf.findBackendFactory('webgl'))
        tf.registerBackend('webgl', () => {
          throw new Error('no context');
        });
    };
    const started = await startFirstWorkingBackend(['webgl', 'cpu'], async (backend) => backend, register);
    expect(started.failures).toEqual([
      { backend: 'webgl', error: 'it did not initialise in this browser', reason: { key: 'engine.notInitialised' } },
    ]);
    tf.removeBackend('webgl');
    warn.mockRestore();
  });
});

describe('the notice for a forced backend that could not start', () => {
  it('names the backend, why it failed and what is used instead', () => {
    const failures = [{ backend: 'webgpu' as const, error: 'no adapter' }];
    expect(forcedBackendNotice('wasm', 'webgpu', failures)).toEqual({
      key: 'engine.forcedFailed',
      params: { forced: 'webgpu', why: 'no adapter', backend: 'wasm' },
    });
    expect(
      forcedBackendNotice('wasm', 'webgl', [
        { backend: 'webgl', error: 'it did not initialise', reason: { key: 'engine.notInitialised' } },
      ]),
    ).toEqual({
      key: 'engine.forcedFailed',
      params: { forced: 'webgl', why: { key: 'engine.notInitialised' }, backend: 'wasm' },
    });
    expect(forcedBackendNotice('wasm', 'webgl', [])!.params!.why).toEqual({ key: 'engine.unknownReason' });
    expect(forcedBackendNotice('webgl', 'webgl', [])).toBeNull();
    expect(forcedBackendNotice('wasm', null, failures)).toBeNull();
  });
});
