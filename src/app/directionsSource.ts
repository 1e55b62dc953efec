import type { SliderAttribute } from '../core/attributes';
import { validateDirections, type AttributeDirection, type DirectionsFile } from '../core/directions';

/** The seed demo's three sliders; every other fitted attribute sits under "advanced options". */
const DEFAULT_SLIDERS = ['young', 'smiling', 'male'];

export type LoadedAttributes = { ok: true; attributes: SliderAttribute[]; file: DirectionsFile } | { ok: false; reason: string };

export function toSliderAttribute(a: AttributeDirection): SliderAttribute {
  return {
    id: a.id,
    label: a.label,
    direction: Float32Array.from(a.direction),
    offsetAt0: a.calibration.offsetAt0,
    offsetAt100: a.calibration.offsetAt100,
    advanced: !DEFAULT_SLIDERS.includes(a.id),
  };
}

/** The directions file as fetched: JSON to check once the model's latent size is known. */
export type FetchedDirections = { ok: true; json: unknown } | { ok: false; reason: string };

/** Fetches the fitted directions; fetched beside the weights, so the first face does not wait for them. */
export async function fetchDirections(url: URL): Promise<FetchedDirections> {
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) return { ok: false, reason: `${url.pathname} answered HTTP ${response.status}.` };
    return { ok: true, json: await response.json() };
  } catch (error) {
    return { ok: false, reason: `${url.pathname} could not be read (${error instanceof Error ? error.message : error}).` };
  }
}

/** Turns fetched directions into sliders, refusing a file for another model. */
export function sliderAttributesFrom(fetched: FetchedDirections, latentSize: number): LoadedAttributes {
  if (!fetched.ok) return fetched;
  const checked = validateDirections(fetched.json, latentSize);
  if (!checked.ok) return { ok: false, reason: `${checked.reason}.` };
  const sorted = [...checked.directions.attributes].sort((a, b) => rank(a.id) - rank(b.id));
  return { ok: true, attributes: sorted.map(toSliderAttribute), file: checked.directions };
}

function rank(id: string): number {
  const i = DEFAULT_SLIDERS.indexOf(id);
  return i === -1 ? DEFAULT_SLIDERS.length : i;
}
