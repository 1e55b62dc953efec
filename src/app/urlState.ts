import { SLIDER_MAX, SLIDER_MIN, SLIDER_NEUTRAL } from '../core/attributes';
import { isBackendName, type BackendName } from '../core/backends';
import { parseSeed } from '../core/latent';
import { ENGINE_THREADS, type EngineThread } from '../engine/protocol';

export const MODES = ['explore', 'gallery', 'presenter'] as const;
export type Mode = (typeof MODES)[number];

/** Everything a link can carry. Parsing never throws: bad values become problems. */
export interface UrlState {
  seed: number | null;
  backend: BackendName | null;
  /** Force where the engine runs (diagnosis, and tests of the page fallback). */
  engine: EngineThread | null;
  /** Same-origin folder of another model (tests use a tiny one). */
  model: string | null;
  mode: Mode;
  /** Slider values by attribute id; only ids the caller knows, only non-neutral values. */
  sliders: Record<string, number>;
  locks: string[];
  advanced: boolean;
  /** HD faces (×4 once the face rests): on, off, or null for the backend's default. */
  hd: boolean | null;
}

export interface ParsedUrl {
  state: UrlState;
  /** What was wrong and what was done about it, for a visible notice. */
  problems: string[];
}

const OWN_KEYS = ['seed', 'backend', 'engine', 'model', 'mode', 'lock', 'advanced', 'hd'];

export function parseUrlState(search: string, attributeIds: readonly string[] = []): ParsedUrl {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state: emptyState(), problems: ['The link could not be read; using the defaults.'] };
  }
  const problems: string[] = [];
  const state = emptyState();

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

  const engine = params.get('engine');
  if (engine !== null) {
    if ((ENGINE_THREADS as readonly string[]).includes(engine)) state.engine = engine as EngineThread;
    else problems.push(`Engine "${engine}" in the link is unknown (use worker or page).`);
  }

  const model = params.get('model');
  if (model !== null) {
    // Letters, digits and ./-_ only, not starting with "/": it cannot name another origin.
    if (/^[\w./-]+$/.test(model) && !model.startsWith('/')) state.model = model;
    else problems.push(`Model folder "${model}" in the link is not a relative path on this site.`);
  }

  const mode = params.get('mode');
  if (mode !== null) {
    if ((MODES as readonly string[]).includes(mode)) state.mode = mode as Mode;
    else problems.push(`Mode "${mode}" in the link is unknown; showing the explorer.`);
  }

  state.advanced = params.get('advanced') === '1';

  const hd = params.get('hd');
  if (hd !== null) {
    if (hd === '0' || hd === '1') state.hd = hd === '1';
    else problems.push(`HD "${hd}" in the link is not 0 or 1; using this browser's default.`);
  }

  for (const id of attributeIds) {
    const text = params.get(id);
    if (text === null) continue;
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value)) {
      problems.push(`Slider ${id}="${text}" in the link is not a number; left at ${SLIDER_NEUTRAL}.`);
      continue;
    }
    const clamped = Math.round(Math.min(SLIDER_MAX, Math.max(SLIDER_MIN, value)));
    if (clamped !== value) problems.push(`Slider ${id}=${text} in the link is outside 0–100 or not whole; using ${clamped}.`);
    if (clamped !== SLIDER_NEUTRAL) state.sliders[id] = clamped;
  }

  const locks = params.get('lock');
  if (locks !== null && attributeIds.length > 0) {
    for (const id of locks.split(',').filter(Boolean)) {
      if (attributeIds.includes(id)) {
        if (!state.locks.includes(id)) state.locks.push(id);
      } else problems.push(`Lock "${id}" in the link is not an attribute; ignored.`);
    }
  }
  return { state, problems };
}

function emptyState(): UrlState {
  return { seed: null, backend: null, engine: null, model: null, mode: 'explore', sliders: {}, locks: [], advanced: false, hd: null };
}

/**
 * Writes the state back. Keeps parameters nobody here owns, but drops slider ids not in
 * `attributeIds` only when the caller says which ids exist.
 */
export function formatUrlState(state: UrlState, current = '', attributeIds: readonly string[] = []): string {
  const params = new URLSearchParams(current);
  // Locks, like sliders, are known only with the attributes: until then the link's stay as they are.
  const attributesKnown = attributeIds.length > 0;
  for (const key of [...OWN_KEYS, ...attributeIds]) if (key !== 'lock' || attributesKnown) params.delete(key);
  if (state.seed !== null) params.set('seed', String(state.seed));
  for (const id of attributeIds) {
    const value = state.sliders[id];
    if (value !== undefined && value !== SLIDER_NEUTRAL) params.set(id, String(value));
  }
  if (attributesKnown && state.locks.length > 0) params.set('lock', state.locks.join(','));
  if (state.advanced) params.set('advanced', '1');
  if (state.hd !== null) params.set('hd', state.hd ? '1' : '0');
  if (state.mode !== 'explore') params.set('mode', state.mode);
  if (state.backend) params.set('backend', state.backend);
  if (state.engine) params.set('engine', state.engine);
  if (state.model) params.set('model', state.model);
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}
