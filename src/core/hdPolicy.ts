/**
 * Whether HD (the ×4 super-resolution pass once the face rests) is on when the link does not
 * say: on GPU backends, where it costs a fraction of a face; on WASM only if it costs at most
 * half a face, so a slider move after rest never waits long; never on the plain CPU backend,
 * and never on a low-end device (lowEndDevice.ts), where the user turns it on if they want it.
 */
import type { BackendName } from './backends';

/**
 * One 128 → 512 HD pass of the shipped network (esrgan-slim ×4) over one face, both on tfjs
 * WASM: medians from `npm run measure-hd` (models/hd-evaluation.json, docs/hd.md).
 */
export const WASM_HD_COST_IN_FACES = 0.23;
export const WASM_HD_BUDGET_IN_FACES = 0.5;

export function hdByDefault(backend: BackendName | null, wasmCostInFaces = WASM_HD_COST_IN_FACES, lowEndDevice = false): boolean {
  if (lowEndDevice) return false;
  if (backend === 'webgpu' || backend === 'webgl') return true;
  if (backend === 'wasm') return wasmCostInFaces <= WASM_HD_BUDGET_IN_FACES;
  return false;
}
