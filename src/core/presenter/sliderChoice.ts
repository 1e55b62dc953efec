/** Which sliders are on screen, and moving the presenter's choice among them. */
import { SLIDER_MAX, SLIDER_MIN, SLIDER_NEUTRAL, type SliderAttribute } from '../attributes';

/** Advanced sliders show when asked for, and always while they are moved or locked, so no setting hides. */
export function visibleAttributes<A extends Pick<SliderAttribute, 'id' | 'advanced'>>(
  attributes: readonly A[],
  values: Readonly<Record<string, number>>,
  locked: ReadonlySet<string>,
  showAdvanced: boolean,
): A[] {
  return attributes.filter((a) => showAdvanced || !a.advanced || (values[a.id] ?? SLIDER_NEUTRAL) !== SLIDER_NEUTRAL || locked.has(a.id));
}

/** The next or previous visible slider, wrapping round; the first one when the choice is hidden. */
export function stepChoice(ids: readonly string[], current: string, by: 1 | -1): string {
  if (ids.length === 0) return current;
  const at = ids.indexOf(current);
  if (at < 0) return ids[0]!;
  return ids[(at + by + ids.length) % ids.length]!;
}

export function movedValue(value: number, by: number): number {
  return Math.min(SLIDER_MAX, Math.max(SLIDER_MIN, Math.round(value + by)));
}
