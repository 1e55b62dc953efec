import { describe, expect, it } from 'vitest';
import { hdByDefault, WASM_HD_BUDGET_IN_FACES, WASM_HD_COST_IN_FACES } from './hdPolicy';

describe('hdByDefault', () => {
  it('is on for GPU backends and off for the plain CPU backend or none yet', () => {
    expect(hdByDefault('webgpu')).toBe(true);
    expect(hdByDefault('webgl')).toBe(true);
    expect(hdByDefault('cpu')).toBe(false);
    expect(hdByDefault(null)).toBe(false);
  });

  it('is on for WASM only while the pass costs at most half a face', () => {
    expect(hdByDefault('wasm', WASM_HD_BUDGET_IN_FACES)).toBe(true);
    expect(hdByDefault('wasm', 0.2)).toBe(true);
    expect(hdByDefault('wasm', 0.51)).toBe(false);
  });

  it('is off on a low-end device, whatever the backend', () => {
    expect(hdByDefault('webgpu', WASM_HD_COST_IN_FACES, true)).toBe(false);
    expect(hdByDefault('wasm', WASM_HD_COST_IN_FACES, true)).toBe(false);
  });
});
