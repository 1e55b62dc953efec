/**
 * The engine's API derived from its one list of calls (protocol.ts): the same object serves
 * the page fallback, the worker's side and the client's proxy, so no call is written out twice.
 */
import { ENGINE_METHODS, ENGINE_PROBES, type EngineProbes, type FaceEngineApi } from './protocol';

type AnyCall = (...args: unknown[]) => unknown;

/** Each of `names` as a call forwarded to `target` (after `wrap`, e.g. to transfer the result). */
export function forward<T>(names: readonly string[], target: unknown, wrap: (name: string, call: AnyCall) => AnyCall = (_n, c) => c): T {
  const source = target as Record<string, AnyCall>;
  return Object.fromEntries(names.map((name) => [name, wrap(name, (...args) => source[name]!(...args))])) as T;
}

/** The engine's calls on an object that has them (the engine itself, or a worker's proxy). */
export function engineApi(target: unknown, wrap?: (name: string, call: AnyCall) => AnyCall): FaceEngineApi {
  return forward<FaceEngineApi>(ENGINE_METHODS, target, wrap);
}

export function engineProbes(target: unknown): EngineProbes {
  return forward<EngineProbes>(ENGINE_PROBES, target);
}

/**
 * The pixel buffers inside a value (faces are `{ rgba: Uint8ClampedArray }`), so a worker can
 * hand them over instead of copying. Other typed arrays (latents, descriptors) are left alone:
 * the engine keeps using them.
 */
export function pixelBuffers(value: unknown, depth = 4): ArrayBuffer[] {
  if (value instanceof Uint8ClampedArray) return [value.buffer as ArrayBuffer];
  if (depth === 0 || value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return [];
  const values = Array.isArray(value) ? value : Object.values(value);
  return [...new Set(values.flatMap((v) => pixelBuffers(v, depth - 1)))];
}
