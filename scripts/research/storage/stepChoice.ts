/**
 * Choosing each weight tensor's quantization step from measured sensitivities, for the
 * entropy-coded storage. Rounding to a step Δ adds weight noise of variance Δ²/12; to first order
 * the faces' squared error grows by k · n · Δ²/12 for a tensor of n weights, where k (the unit's
 * sensitivity) comes from one measurement: the unit coded in full-range uint8. An entropy coder
 * spends about log2(1/Δ) + const bits a weight, so the fewest bytes for a given error (Lagrange)
 * give every weight the same share of the error: Δ ∝ 1/√k.
 */
export interface UnitSensitivity {
  /** The tensors measured together. */
  names: string[];
  /** Mean squared pixel error (faces in [0,1]) the unit adds when coded in full-range uint8. */
  mse: number;
}

export interface TensorExtent {
  elements: number;
  min: number;
  max: number;
}

export interface StepPlan {
  steps: Record<string, number>;
  predictedMse: number;
}

/** The weight-noise power of full-range uint8 coding: n · Δ²/12 with Δ = range/255. */
const uint8Noise = (t: TensorExtent) => (t.elements * ((t.max - t.min) / 255) ** 2) / 12;

/** Steps for every tensor of the units so the predicted added error is `targetMse`. */
export function stepsFor(units: UnitSensitivity[], tensors: ReadonlyMap<string, TensorExtent>, targetMse: number): StepPlan {
  const tensorOf = (name: string) => {
    const t = tensors.get(name);
    if (!t) throw new Error(`no tensor ${name}`);
    return t;
  };
  const count = units.reduce((n, u) => n + u.names.reduce((m, name) => m + tensorOf(name).elements, 0), 0);
  // With Δ = c/√k, each weight adds c²/12 to the error: c follows from the target.
  const c = Math.sqrt((12 * targetMse) / count);
  const steps: Record<string, number> = {};
  for (const unit of units) {
    const k = unit.mse / unit.names.reduce((n, name) => n + uint8Noise(tensorOf(name)), 0);
    for (const name of unit.names) steps[name] = c / Math.sqrt(k);
  }
  return { steps, predictedMse: targetMse };
}

export const psnrFromMse = (mse: number): number => (mse === 0 ? Infinity : 10 * Math.log10(1 / mse));
export const mseFromPsnr = (db: number): number => 10 ** (-db / 10);
