/** Backend names, order and ranking: no tfjs here, so the page can use it without loading tfjs. */
import type { Message } from '../i18n/catalogue';

export const BACKENDS = ['webgpu', 'webgl', 'wasm', 'cpu'] as const;
export type BackendName = (typeof BACKENDS)[number];

export function isBackendName(value: string): value is BackendName {
  return (BACKENDS as readonly string[]).includes(value);
}

/** The order to try: a forced backend first, then the rest in the usual order. */
export function backendOrder(forced?: BackendName, skip: readonly string[] = []): BackendName[] {
  const rest = BACKENDS.filter((b) => b !== forced);
  return (forced ? [forced, ...rest] : [...rest]).filter((b) => !skip.includes(b));
}

/** What the browser says about a GPU backend's adapter before tfjs is asked to use it. */
export interface GpuProbe {
  backend: 'webgpu' | 'webgl';
  /** False when the API is missing or gave no adapter/context. */
  available: boolean;
  /** The adapter's own words: WebGL's unmasked renderer, WebGPU's vendor/architecture/description. */
  description: string;
  /** WebGPU's own flag for a CPU implementation, where the browser reports it. */
  fallbackAdapter?: boolean;
}

/**
 * Renderers that rasterise on the CPU. They run the model 10-30x slower than WASM (50 s a face
 * on SwiftShader WebGPU against 1.6 s on WASM), so they are never chosen by accident.
 */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|lavapipe|software|basic render driver/i;

export function isSoftwareGpu(probe: GpuProbe): boolean {
  return probe.fallbackAdapter === true || SOFTWARE_RENDERER.test(probe.description);
}

export interface BackendPlan {
  order: BackendName[];
  /** Why the order differs from the usual one, for the status line; null if it does not. */
  reason: Message | null;
}

/**
 * The usual order, except that a GPU backend whose adapter is a software rasteriser goes after
 * WASM. A forced backend is tried first whatever it runs on: the user asked for it.
 */
export function planBackends(forced: BackendName | null, probes: readonly GpuProbe[], skip: readonly string[] = []): BackendPlan {
  const order = backendOrder(forced ?? undefined, skip);
  if (forced) return { order, reason: null };
  const software = probes.filter((p) => p.available && isSoftwareGpu(p) && order.includes(p.backend));
  if (software.length === 0) return { order, reason: null };
  const slow = new Set<string>(software.map((p) => p.backend));
  const cpuAt = order.indexOf('cpu');
  const fast = order.filter((b) => !slow.has(b) && b !== 'cpu');
  const ranked = [...fast, ...order.filter((b) => slow.has(b)), ...(cpuAt >= 0 ? ['cpu' as const] : [])];
  const names = software.map((p) => `${p.backend === 'webgpu' ? 'WebGPU' : 'WebGL'}: ${shortName(p.description)}`).join('; ');
  return { order: ranked, reason: { key: 'engine.softwareGpu', params: { gpus: names, backend: ranked[0]! } } };
}

function shortName(description: string): string {
  const match = SOFTWARE_RENDERER.exec(description);
  return match ? match[0] : description;
}
