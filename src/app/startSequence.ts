/**
 * The one way the app comes up. A first load, Retry after an error and a backend lost mid-use
 * all run this sequence, so each ends in the state a clean load of the same link gives:
 * the link is read again (the address bar always holds the user's state), and the model, the
 * directions and a backend are started side by side.
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
  const model = steps.loadModel(link);
  // The backend starts while the weights download, and builds the model once they are in.
  const backend = steps.startBackend(link);
  // When the files fail, both fail: the load's error (it names the file) is the one reported.
  backend.catch(() => {});
  const loaded = await model;
  return { link, model: loaded, backend: await backend, directions: sliderAttributesFrom(await directions, loaded.latentSize) };
}
