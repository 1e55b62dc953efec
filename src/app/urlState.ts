import { isBackendName, type BackendName } from '../core/backends';
import { parseSeed } from '../core/latent';

/** Everything a link can carry. Parsing never throws: bad values become notices. */
export interface UrlState {
  seed: number | null;
  backend: BackendName | null;
  /** Same-origin folder of another model (tests use a tiny one). */
  model: string | null;
}

export interface ParsedUrl {
  state: UrlState;
  /** What was wrong, for a visible notice; the caller says what it used instead. */
  problems: string[];
}

export function parseUrlState(search: string): ParsedUrl {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const state: UrlState = { seed: null, backend: null, model: null };

  const seedText = params.get('seed');
  if (seedText !== null) {
    const seed = parseSeed(seedText);
    if (seed.ok) state.seed = seed.seed;
    else problems.push(`Seed in the link: ${seed.reason}.`);
  }

  const backend = params.get('backend');
  if (backend !== null) {
    if (isBackendName(backend)) state.backend = backend;
    else problems.push(`Backend "${backend}" in the link is unknown (use webgpu, webgl, wasm or cpu).`);
  }

  const model = params.get('model');
  if (model !== null) {
    if (/^[\w./-]+$/.test(model) && !model.includes('..') && !model.startsWith('/')) state.model = model;
    else problems.push(`Model folder "${model}" in the link is not a relative path on this site.`);
  }
  return { state, problems };
}

/** Writes the state back, keeping parameters this module does not own. */
export function formatUrlState(state: UrlState, current = ''): string {
  const params = new URLSearchParams(current);
  const set = (key: string, value: string | null) => (value === null ? params.delete(key) : params.set(key, value));
  set('seed', state.seed === null ? null : String(state.seed));
  set('backend', state.backend);
  set('model', state.model);
  const text = params.toString();
  return text ? `?${text}` : '';
}
