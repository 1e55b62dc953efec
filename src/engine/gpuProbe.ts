/**
 * Asks the browser which GPU the WebGPU and WebGL backends would run on, before tfjs builds
 * anything there, so a software rasteriser can be ranked below WASM (core/backends.ts).
 * Works in a worker (OffscreenCanvas, navigator.gpu) and on the page.
 */
import type { GpuProbe } from '../core/backends';

interface AdapterInfoLike {
  vendor?: string;
  architecture?: string;
  description?: string;
  device?: string;
}
interface AdapterLike {
  info?: AdapterInfoLike;
  isFallbackAdapter?: boolean;
  requestAdapterInfo?: () => Promise<AdapterInfoLike>;
}
interface GpuLike {
  requestAdapter(options?: { powerPreference?: string }): Promise<AdapterLike | null>;
}

async function probeWebgpu(): Promise<GpuProbe> {
  const gpu = (globalThis.navigator as { gpu?: GpuLike } | undefined)?.gpu;
  const none: GpuProbe = { backend: 'webgpu', available: false, description: '' };
  if (!gpu) return none;
  try {
    // tfjs asks for the same adapter.
    const adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
    if (!adapter) return none;
    const info = adapter.info ?? (await adapter.requestAdapterInfo?.()) ?? {};
    const description = [info.vendor, info.architecture, info.device, info.description].filter(Boolean).join(' ');
    return { backend: 'webgpu', available: true, description, fallbackAdapter: adapter.isFallbackAdapter };
  } catch {
    return none;
  }
}

function scratchCanvas(): OffscreenCanvas | HTMLCanvasElement | null {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(1, 1);
  return typeof document === 'undefined' ? null : document.createElement('canvas');
}

function probeWebgl(): GpuProbe {
  const none: GpuProbe = { backend: 'webgl', available: false, description: '' };
  const gl = scratchCanvas()?.getContext('webgl2') as WebGL2RenderingContext | null | undefined;
  if (!gl) return none;
  try {
    const debug = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = debug ? String(gl.getParameter(debug.UNMASKED_RENDERER_WEBGL)) : String(gl.getParameter(gl.RENDERER));
    return { backend: 'webgl', available: true, description: renderer };
  } finally {
    // Browsers cap live WebGL contexts; this one has answered its question.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  }
}

export async function probeGpus(): Promise<GpuProbe[]> {
  return [await probeWebgpu(), probeWebgl()];
}
