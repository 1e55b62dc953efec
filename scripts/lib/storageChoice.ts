/**
 * Choosing a storage per weight tensor from measured sensitivities: each large tensor is either
 * kept in float16 or coded in uint8 (whichever uint8 coding hurt the faces less). The added
 * error of several uint8 tensors is taken as the sum of their measured errors (small, mostly
 * independent perturbations), and the set is chosen exactly by trying every subset.
 */
import type { TensorEncoding } from './weightQuantization';

export interface LayerSensitivity {
  name: string;
  elements: number;
  encoding: TensorEncoding;
  /** Mean squared pixel error against float32 added by this tensor alone, over the choice seeds. */
  mse: number;
}

export interface StoragePlan {
  /** Tensors stored in uint8, with the coding used; every other float tensor is float16. */
  uint8: Record<string, TensorEncoding>;
  /** Weight bytes of the large tensors under this plan. */
  weightBytes: number;
  predictedMse: number;
}

/** The least-error uint8 coding per tensor. */
export function bestCodings(measured: LayerSensitivity[]): LayerSensitivity[] {
  const best = new Map<string, LayerSensitivity>();
  for (const m of measured) {
    const seen = best.get(m.name);
    if (!seen || m.mse < seen.mse) best.set(m.name, m);
  }
  return [...best.values()];
}

/** Every choice of tensors to code in uint8 (the rest float16), as a plan. */
function* allPlans(layers: LayerSensitivity[]): Generator<StoragePlan> {
  if (layers.length > 20) throw new Error('too many layers for an exhaustive choice');
  for (let mask = 0; mask < 1 << layers.length; mask++) {
    const inUint8 = layers.filter((_, i) => (mask >> i) & 1);
    yield {
      uint8: Object.fromEntries(inUint8.map((l) => [l.name, l.encoding])),
      weightBytes: layers.reduce((n, l) => n + l.elements * 2, 0) - inUint8.reduce((n, l) => n + l.elements, 0),
      predictedMse: inUint8.reduce((n, l) => n + l.mse, 0),
    };
  }
}

/** Of all subsets of tensors in uint8 whose bytes fit the budget, the one with least predicted error. */
export function choosePlan(layers: LayerSensitivity[], budgetBytes: number): StoragePlan | null {
  let best: StoragePlan | null = null;
  for (const plan of allPlans(layers)) {
    if (plan.weightBytes <= budgetBytes && (!best || plan.predictedMse < best.predictedMse)) best = plan;
  }
  return best;
}

/** The plan with the fewest bytes whose predicted error stays within `maxMse`. */
export function smallestPlanWithin(layers: LayerSensitivity[], maxMse: number): StoragePlan | null {
  let best: StoragePlan | null = null;
  for (const plan of allPlans(layers)) {
    if (plan.predictedMse <= maxMse && (!best || plan.weightBytes < best.weightBytes)) best = plan;
  }
  return best;
}

export const psnrFromMse = (mse: number): number => (mse === 0 ? Infinity : 10 * Math.log10(1 / mse));
