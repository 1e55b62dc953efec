/** What a link asks for, in the form the session applies: notices for bad values, sliders once attributes are known. */
import { SLIDER_NEUTRAL, type SliderAttribute } from '../core/attributes';
import { SERVED_MODEL_FOLDER } from '../core/manifest';
import type { ModelLocation } from '../engine/protocol';
import { message, type Message, type MessageKey } from '../i18n/catalogue';
import { parseUrlState, type UrlState } from './urlState';

const INSTEAD: Partial<Record<MessageKey, MessageKey>> = {
  'link.backend': 'link.insteadBackend',
  'link.engine': 'link.insteadEngine',
  'link.model': 'link.insteadModel',
};

/** A link problem as a notice that also says what was used instead. */
export function linkNotice(problem: Message, seedShown: number): Message[] {
  if (problem.key === 'link.seed') return [problem, message('link.insteadSeed', { seed: seedShown })];
  const instead = INSTEAD[problem.key];
  return instead ? [problem, message(instead)] : [problem];
}

export interface LinkSliders {
  /** Every attribute's value, neutral where the link says nothing. */
  sliders: Record<string, number>;
  locked: Set<string>;
  /** Only slider and lock problems: the rest were reported when the link was first read. */
  problems: Message[];
}

/** Sliders and locks in a link can only be read once the attributes are known. */
export function linkSliders(search: string, attributes: readonly SliderAttribute[]): LinkSliders {
  const { state, problems } = parseUrlState(
    search,
    attributes.map((a) => a.id),
  );
  const sliders: Record<string, number> = {};
  for (const a of attributes) sliders[a.id] = state.sliders[a.id] ?? SLIDER_NEUTRAL;
  return {
    sliders,
    locked: new Set(state.locks),
    problems: problems.filter((p) => p.key.startsWith('link.slider') || p.key === 'link.lock'),
  };
}

/** Where the model of a link lives; a model given in the link brings its own directions (tests use a tiny one). */
export function modelLocation(link: UrlState, href: string): ModelLocation & { directions: URL; upscalerBase: URL } {
  const modelBase = new URL(link.model ? `${link.model}/` : SERVED_MODEL_FOLDER, href);
  return {
    modelBase: modelBase.href,
    siteRoot: new URL('./', href).href,
    directions: link.model ? new URL('directions.json', modelBase) : new URL('models/directions.json', href),
    upscalerBase: link.model ? new URL('upscaler/', modelBase) : new URL('models/upscaler-x4/', href),
  };
}
