/**
 * The one way the app comes up. A first load, Retry after an error and a backend lost mid-use
 * all run this sequence, so each ends in the state a clean load of the same link gives:
 * the link is read again (the address bar always holds the user's state), the model and the
 * directions are loaded side by side, and a backend is started.
 */
import type { StartedBackend, LoadedModel } from '../engine/protocol';
import { sliderAttributesFrom, type FetchedDirections, type LoadedAttributes } from './directionsSource';
import type { ParsedUrl } from './urlState';

export interface StartSteps {
  /** The link to bring back; sliders and locks are read from it once the attributes are known. */
  readLink(): ParsedUrl;
  fetchDirections(link: ParsedUrl): Promise<FetchedDirections>;
  loadModel(link: ParsedUrl): Promise<LoadedModel>;
  startBackend(link: ParsedUrl): Promise<StartedBackend>;
}

export interface StartOutcome {
  link: ParsedUrl;
  model: LoadedModel;
  backend: StartedBackend;
  directions: LoadedAttributes;
}

export async function runStartSequence(steps: StartSteps): Promise<StartOutcome> {
  const link = steps.readLink();
  // The directions are small: fetched beside the weights, checked once the latent size is known.
  const directions = steps.fetchDirections(link);
  const model = await steps.loadModel(link);
  const backend = await steps.startBackend(link);
  return { link, model, backend, directions: sliderAttributesFrom(await directions, model.latentSize) };
}
