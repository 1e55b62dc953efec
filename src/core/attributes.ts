import { effectiveDirections, moveLatent, type Vector } from './directionMath';

/** One slider's attribute, as the app uses it (built from the fitted directions file). */
export interface SliderAttribute {
  id: string;
  label: string;
  /** Unit direction in latent space; + moves towards the label (more young, more smiling…). */
  direction: Vector;
  /** Latent offsets at slider 0 and 100; slider 50 is the face as generated. */
  offsetAt0: number;
  offsetAt100: number;
  /** Shown only under "Show advanced options". */
  advanced: boolean;
}

export const SLIDER_MIN = 0;
export const SLIDER_MAX = 100;
export const SLIDER_NEUTRAL = 50;

/** Piecewise linear: 0 → offsetAt0, 50 → 0, 100 → offsetAt100; out-of-range values clamp. */
export function sliderOffset(value: number, attribute: Pick<SliderAttribute, 'offsetAt0' | 'offsetAt100'>): number {
  const v = Math.min(SLIDER_MAX, Math.max(SLIDER_MIN, value));
  return v < SLIDER_NEUTRAL
    ? (attribute.offsetAt0 * (SLIDER_NEUTRAL - v)) / SLIDER_NEUTRAL
    : (attribute.offsetAt100 * (v - SLIDER_NEUTRAL)) / (SLIDER_MAX - SLIDER_NEUTRAL);
}

/**
 * The latent for a seed's base latent and the current sliders, with locked attributes held:
 * moving unlocked sliders leaves the locked attributes' linear scores where they were, and their
 * components along `alsoHeld` (Keep identity's subspace) too.
 */
export function latentForSliders(
  base: Vector,
  attributes: readonly SliderAttribute[],
  values: Readonly<Record<string, number>>,
  locked: ReadonlySet<string>,
  alsoHeld: readonly Vector[] = [],
): Vector {
  const effective = effectiveDirections(new Map(attributes.map((a) => [a.id, a.direction])), locked, undefined, alsoHeld);
  return moveLatent(
    base,
    attributes.map((a) => ({
      direction: effective.get(a.id)!.direction,
      offset: sliderOffset(values[a.id] ?? SLIDER_NEUTRAL, a),
    })),
  );
}
