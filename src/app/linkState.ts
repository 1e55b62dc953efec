/** What a link asks for, in the form the session applies: notices for bad values, sliders once attributes are known. */
import { SLIDER_NEUTRAL, type SliderAttribute } from '../core/attributes';
import { parseUrlState } from './urlState';

/** A link problem as a notice that also says what was used instead. */
export function linkNotice(problem: string, seedShown: number): string {
  const instead = problem.startsWith('Seed')
    ? `Showing seed ${seedShown} instead.`
    : problem.startsWith('Backend')
      ? 'Choosing the backend automatically.'
      : problem.startsWith('Engine')
        ? 'Choosing where it runs automatically.'
        : problem.startsWith('Model')
          ? 'Using the default model.'
          : '';
  return `${problem} ${instead}`.trim();
}

export interface LinkSliders {
  /** Every attribute's value, neutral where the link says nothing. */
  sliders: Record<string, number>;
  locked: Set<string>;
  /** Only slider and lock problems: the rest were reported when the link was first read. */
  problems: string[];
}

/** Sliders and locks in a link can only be read once the attributes are known. */
export function linkSliders(search: string, attributes: readonly SliderAttribute[]): LinkSliders {
  const { state, problems } = parseUrlState(
    search,
    attributes.map((a) => a.id),
  );
  const sliders: Record<string, number> = {};
  for (const a of attributes) sliders[a.id] = state.sliders[a.id] ?? SLIDER_NEUTRAL;
  return { sliders, locked: new Set(state.locks), problems: problems.filter((p) => p.startsWith('Slider') || p.startsWith('Lock')) };
}
