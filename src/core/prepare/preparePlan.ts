/**
 * Which faces to prepare while the face rests, and in what order: the faces a drag, a key press
 * or Play asks for next. Along the slider in use first, every STEP nearest the current value
 * first, then the same along the other visible sliders; then the half-steps of the slider in use,
 * so Play, which passes every value, finds a face close to each.
 */
import { SLIDER_MAX, SLIDER_MIN } from '../attributes';
import type { FrameState } from '../presenter/frameState';

/** A drag passes every value; faces this far apart are what it can show between them. */
export const PREPARE_STEP = 5;

/** One face to prepare: the current state with one slider moved. */
export interface PrepareTarget {
  /** The slider this face moves; every other slider keeps its current value. */
  varies: string;
  value: number;
}

/** The grid values of one slider, nearest `current` first, without `current` itself. */
export function stepsAlong(current: number, step: number, offset = 0): number[] {
  const values: number[] = [];
  for (let v = SLIDER_MIN + offset; v <= SLIDER_MAX; v += step) if (v !== current) values.push(v);
  return values.sort((a, b) => Math.abs(a - current) - Math.abs(b - current) || a - b);
}

/**
 * The faces to prepare for `sliders`: `active` (last touched, focused or chosen for Play) first,
 * then the other `visible` sliders, then the active slider's half-steps. `forPlay` (the presenter,
 * where the active slider is Play's): its half-steps straight after its steps, since Play passes
 * every value of that one slider over and over.
 */
export function preparePlan(
  sliders: Readonly<Record<string, number>>,
  active: string | null,
  visible: readonly string[],
  { forPlay = false } = {},
): PrepareTarget[] {
  const order = active && visible.includes(active) ? [active, ...visible.filter((id) => id !== active)] : [...visible];
  const along = (id: string, values: number[]) => values.map((value) => ({ varies: id, value }));
  const steps = (id: string) => along(id, stepsAlong(sliders[id] ?? 50, PREPARE_STEP));
  const first = order[0];
  if (first === undefined) return [];
  const halfSteps = along(first, stepsAlong(sliders[first] ?? 50, PREPARE_STEP, PREPARE_STEP / 2));
  const others = order.slice(1).flatMap(steps);
  return forPlay ? [...steps(first), ...halfSteps, ...others] : [...steps(first), ...others, ...halfSteps];
}

type StateParts = Pick<FrameState, 'seed' | 'sliders' | 'locked'>;

/** The same face: seed, every slider and the locks (the model is the runtime's own). */
export function stateKey(state: StateParts): string {
  const sliders = Object.keys(state.sliders)
    .sort()
    .map((id) => `${id}=${state.sliders[id]}`);
  return `${state.seed}|${sliders.join(',')}|${[...state.locked].sort().join(',')}`;
}

/** The same seed under the same locks: only the sliders may differ. */
function sameFace(a: StateParts, b: StateParts): boolean {
  return a.seed === b.seed && a.locked.length === b.locked.length && a.locked.every((id) => b.locked.includes(id));
}

function sliderIds(a: StateParts, b: StateParts): Set<string> {
  return new Set([...Object.keys(a.sliders), ...Object.keys(b.sliders)]);
}

/** Whether `a` and `b` differ at most in slider `varies`: a face along it still fits `b`. */
export function sameExcept(a: StateParts, b: StateParts, varies: string): boolean {
  return sameFace(a, b) && [...sliderIds(a, b)].every((id) => id === varies || a.sliders[id] === b.sliders[id]);
}

/** How far apart two states are for the cache: the sliders' total move, or Infinity for another face. */
export function stateDistance(a: StateParts, b: StateParts): number {
  if (!sameFace(a, b)) return Infinity;
  let total = 0;
  for (const id of sliderIds(a, b)) total += Math.abs((a.sliders[id] ?? 50) - (b.sliders[id] ?? 50));
  return total;
}
