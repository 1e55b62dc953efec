import { SLIDER_MAX, SLIDER_MIN, SLIDER_NEUTRAL } from '../core/attributes';
import { isBackendName, type BackendName } from '../core/backends';
import { parseSeed } from '../core/latent';
import { isWasmThreadCount, MAX_WASM_THREADS } from '../core/wasmThreads';
import { ENGINE_THREADS, type EngineThread } from '../engine/protocol';
import { message, type Message } from '../i18n/catalogue';
import { isLocale, LOCALES, type Locale } from '../i18n/locales';

export const MODES = ['explore', 'gallery', 'presenter'] as const;
export type Mode = (typeof MODES)[number];

/** Everything a link can carry. Parsing never throws: bad values become problems. */
export interface UrlState {
  seed: number | null;
  backend: BackendName | null;
  /** Force where the engine runs (diagnosis, and tests of the page fallback). */
  engine: EngineThread | null;
  /** Force the WASM backend's thread count (measuring one thread against several). */
  threads: number | null;
  /** Same-origin folder of another model (tests use a tiny one). */
  model: string | null;
  mode: Mode;
  /** Slider values by attribute id; only ids the caller knows, only non-neutral values. */
  sliders: Record<string, number>;
  locks: string[];
  advanced: boolean;
  /** HD faces (×4 once the face rests): on, off, or null for the backend's default. */
  hd: boolean | null;
  /** Faces prepared ahead while idle (on unless the link says `prepare=0`). */
  prepare: boolean;
  /** The compact view for a course page's iframe (`embed=1`). */
  embed?: boolean;
  /** The language the link asks for; null: the browser's. */
  lang: Locale | null;
}

export interface ParsedUrl {
  state: UrlState;
  /** What was wrong and what was done about it, for a visible notice. */
  problems: Message[];
}

const OWN_KEYS = ['seed', 'backend', 'engine', 'threads', 'model', 'mode', 'lock', 'advanced', 'hd', 'prepare', 'embed', 'lang'];

export function parseUrlState(search: string, attributeIds: readonly string[] = []): ParsedUrl {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state: emptyState(), problems: [message('link.unreadable')] };
  }
  const problems: Message[] = [];
  const state = emptyState();

  const seedText = params.get('seed');
  if (seedText !== null) {
    const seed = parseSeed(seedText);
    if (seed.ok) state.seed = seed.seed;
    else problems.push(message('link.seed', { reason: seed.reason }));
  }

  const backend = params.get('backend');
  if (backend !== null) {
    if (isBackendName(backend)) state.backend = backend;
    else problems.push(message('link.backend', { value: backend }));
  }

  const engine = params.get('engine');
  if (engine !== null) {
    if ((ENGINE_THREADS as readonly string[]).includes(engine)) state.engine = engine as EngineThread;
    else problems.push(message('link.engine', { value: engine }));
  }

  const threads = params.get('threads');
  if (threads !== null) {
    if (isWasmThreadCount(Number(threads))) state.threads = Number(threads);
    else problems.push(message('link.threads', { value: threads, max: MAX_WASM_THREADS }));
  }

  const model = params.get('model');
  if (model !== null) {
    // Letters, digits and ./-_ only, not starting with "/": it cannot name another origin.
    if (/^[\w./-]+$/.test(model) && !model.startsWith('/')) state.model = model;
    else problems.push(message('link.model', { value: model }));
  }

  const mode = params.get('mode');
  if (mode !== null) {
    if ((MODES as readonly string[]).includes(mode)) state.mode = mode as Mode;
    else problems.push(message('link.mode', { value: mode }));
  }

  state.advanced = params.get('advanced') === '1';
  state.prepare = params.get('prepare') !== '0';
  if (params.get('embed') === '1') state.embed = true;

  const hd = params.get('hd');
  if (hd !== null) {
    if (hd === '0' || hd === '1') state.hd = hd === '1';
    else problems.push(message('link.hd', { value: hd }));
  }

  const lang = params.get('lang');
  if (lang !== null) {
    if (isLocale(lang)) state.lang = lang;
    else problems.push(message('link.lang', { value: lang, known: LOCALES.join(', ') }));
  }

  for (const id of attributeIds) {
    const text = params.get(id);
    if (text === null) continue;
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value)) {
      problems.push(message('link.sliderNaN', { id, value: text, neutral: SLIDER_NEUTRAL }));
      continue;
    }
    const clamped = Math.round(Math.min(SLIDER_MAX, Math.max(SLIDER_MIN, value)));
    if (clamped !== value) problems.push(message('link.sliderClamped', { id, value: text, used: clamped }));
    if (clamped !== SLIDER_NEUTRAL) state.sliders[id] = clamped;
  }

  const locks = params.get('lock');
  if (locks !== null && attributeIds.length > 0) {
    for (const id of locks.split(',').filter(Boolean)) {
      if (attributeIds.includes(id)) {
        if (!state.locks.includes(id)) state.locks.push(id);
      } else problems.push(message('link.lock', { id }));
    }
  }
  return { state, problems };
}

function emptyState(): UrlState {
  return {
    seed: null,
    backend: null,
    engine: null,
    threads: null,
    model: null,
    mode: 'explore',
    sliders: {},
    locks: [],
    advanced: false,
    hd: null,
    prepare: true,
    lang: null,
  };
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
  if (!state.prepare) params.set('prepare', '0');
  if (state.mode !== 'explore') params.set('mode', state.mode);
  if (state.embed) params.set('embed', '1');
  if (state.backend) params.set('backend', state.backend);
  if (state.engine) params.set('engine', state.engine);
  if (state.threads !== null) params.set('threads', String(state.threads));
  if (state.model) params.set('model', state.model);
  if (state.lang) params.set('lang', state.lang);
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}
