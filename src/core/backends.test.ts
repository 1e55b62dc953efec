import { describe, expect, it } from 'vitest';
import { isSoftwareGpu, planBackends, type GpuProbe } from './backends';

const swiftWebgl: GpuProbe = {
  backend: 'webgl',
  available: true,
  description: 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
};
const swiftWebgpu: GpuProbe = { backend: 'webgpu', available: true, description: 'google swiftshader' };
const realWebgpu: GpuProbe = { backend: 'webgpu', available: true, description: 'nvidia ampere' };
const realWebgl: GpuProbe = {
  backend: 'webgl',
  available: true,
  description: 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)',
};

describe('software GPU detection', () => {
  it.each([
    ['ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)', true],
    ['llvmpipe (LLVM 15.0.6, 256 bits)', true],
    ['Microsoft Basic Render Driver', true],
    ['Software Rasterizer', true],
    ['ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)', false],
    ['apple m1', false],
  ])('%s → software %s', (description, software) => {
    expect(isSoftwareGpu({ backend: 'webgl', available: true, description })).toBe(software);
  });

  it('trusts WebGPU’s fallback-adapter flag whatever the name', () => {
    expect(isSoftwareGpu({ backend: 'webgpu', available: true, description: 'unknown', fallbackAdapter: true })).toBe(true);
  });
});

describe('planBackends', () => {
  it('keeps the usual order on real GPUs', () => {
    expect(planBackends(null, [realWebgpu, realWebgl])).toEqual({ order: ['webgpu', 'webgl', 'wasm', 'cpu'], reason: null });
  });

  it('ranks software WebGPU and WebGL below WASM but above the plain CPU backend, and says why', () => {
    const plan = planBackends(null, [swiftWebgpu, swiftWebgl]);
    expect(plan.order).toEqual(['wasm', 'webgpu', 'webgl', 'cpu']);
    expect(plan.reason).toEqual({
      key: 'engine.softwareGpu',
      params: { gpus: 'WebGPU: swiftshader; WebGL: SwiftShader', backend: 'wasm' },
    });
  });

  it('moves only the software one when the other backend has a real GPU', () => {
    expect(planBackends(null, [realWebgpu, swiftWebgl]).order).toEqual(['webgpu', 'wasm', 'webgl', 'cpu']);
  });

  it('lets a forced backend run on a software GPU', () => {
    expect(planBackends('webgl', [swiftWebgpu, swiftWebgl])).toEqual({ order: ['webgl', 'webgpu', 'wasm', 'cpu'], reason: null });
  });

  it('leaves out backends that already failed, and probes of missing adapters', () => {
    expect(planBackends(null, [{ ...swiftWebgpu, available: false }, swiftWebgl], ['wasm']).order).toEqual(['webgpu', 'webgl', 'cpu']);
  });
});
