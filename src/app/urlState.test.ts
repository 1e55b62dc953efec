import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKENDS } from '../core/backends';
import { MAX_SEED } from '../core/latent';
import { translateText } from '../i18n/catalogue';
import { formatUrlState, MODES, parseUrlState } from './urlState';

const IDS = ['young', 'smiling', 'male'];

/** Queries that use the keys the parser knows, with arbitrary values, so fuzzing reaches every branch. */
const knownKeyQueries = fc
  .array(
    fc.tuple(
      fc.constantFrom('seed', 'backend', 'engine', 'threads', 'model', 'mode', 'lock', 'advanced', 'hd', 'lang', ...IDS),
      fc.string({ unit: 'binary' }),
    ),
  )
  .map((pairs) => '?' + pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'));

describe('parseUrlState', () => {
  it('reads every field', () => {
    const { state, problems } = parseUrlState(
      '?seed=7&backend=wasm&engine=page&threads=2&model=tiny/m&mode=presenter&smiling=80&male=30&lock=male,young&advanced=1&hd=0&prepare=0&lang=es',
      IDS,
    );
    expect(problems).toEqual([]);
    expect(state).toEqual({
      seed: 7,
      backend: 'wasm',
      engine: 'page',
      threads: 2,
      model: 'tiny/m',
      mode: 'presenter',
      sliders: { smiling: 80, male: 30 },
      locks: ['male', 'young'],
      advanced: true,
      hd: false,
      prepare: false,
      lang: 'es',
    });
  });

  it('names each bad value and keeps the good ones', () => {
    const parsed = parseUrlState('?seed=-3&backend=metal&engine=gpu&threads=0&model=http://x&mode=party&hd=yes&lang=fr', IDS);
    const { state } = parsed;
    const problems = parsed.problems.map((p) => translateText('en', p));
    expect(state.seed).toBeNull();
    expect(state.threads).toBeNull();
    expect(state.hd).toBeNull();
    expect(state.backend).toBeNull();
    expect(state.engine).toBeNull();
    expect(state.model).toBeNull();
    expect(state.mode).toBe('explore');
    expect(state.lang).toBeNull();
    expect(problems).toHaveLength(8);
    expect(problems[3]).toMatch(/Threads "0" in the link is not a whole number from 1 to 8/);
    expect(problems[6]).toMatch(/HD "yes" in the link is not 0 or 1/);
    expect(problems[7]).toBe('Language "fr" in the link is unknown (use en, es, de); using this browser\'s language.');
    expect(problems.join(' ')).toMatch(/negative.*"metal".*"gpu".*http:\/\/x.*"party"/);
  });

  it('clamps out-of-range sliders and ignores malformed ones, naming them', () => {
    const parsed = parseUrlState('?smiling=150&male=abc&young=12.6&lock=male,wings', IDS);
    const { state } = parsed;
    const problems = parsed.problems.map((p) => translateText('en', p));
    expect(state.sliders).toEqual({ smiling: 100, young: 13 });
    expect(state.locks).toEqual(['male']);
    expect(problems.join(' ')).toContain('smiling=150');
    expect(problems.join(' ')).toContain('male="abc"');
    expect(problems.join(' ')).toContain('"wings"');
  });

  it('rejects other origins as a model folder', () => {
    expect(parseUrlState('?model=https://evil.example/m').state.model).toBeNull();
    expect(parseUrlState('?model=//evil.example/m').state.model).toBeNull();
  });

  it('turns any string into a valid state without throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.webQueryParameters(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), knownKeyQueries),
        (search) => {
          const { state, problems } = parseUrlState(search, IDS);
          expect(state.seed === null || (Number.isInteger(state.seed) && state.seed >= 0 && state.seed <= MAX_SEED)).toBe(true);
          expect(state.backend === null || BACKENDS.includes(state.backend)).toBe(true);
          expect(MODES).toContain(state.mode);
          for (const [id, v] of Object.entries(state.sliders)) {
            expect(IDS).toContain(id);
            expect(Number.isInteger(v) && v >= 0 && v <= 100).toBe(true);
          }
          for (const id of state.locks) expect(IDS).toContain(id);
          expect(Array.isArray(problems)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads what it writes', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.option(fc.integer({ min: 0, max: MAX_SEED })),
          smiling: fc.integer({ min: 0, max: 100 }),
          locks: fc.subarray(IDS),
          mode: fc.constantFrom(...MODES),
          hd: fc.constantFrom(true, false, null),
          prepare: fc.boolean(),
          lang: fc.constantFrom('en', 'es', 'de', null),
        }),
        ({ seed, smiling, locks, mode, hd, prepare, lang }) => {
          const sliders: Record<string, number> = smiling === 50 ? {} : { smiling };
          const state = {
            seed,
            backend: null,
            engine: null,
            threads: null,
            model: null,
            mode,
            sliders,
            locks,
            advanced: false,
            hd,
            prepare,
            lang,
          };
          expect(parseUrlState(formatUrlState(state, '', IDS), IDS).state).toEqual(state);
        },
      ),
    );
  });
});

describe('formatUrlState', () => {
  it('leaves the link’s locks alone until the attributes are known', () => {
    const state = {
      seed: 5,
      backend: null,
      engine: null,
      threads: null,
      model: null,
      mode: 'explore' as const,
      sliders: {},
      locks: [],
      advanced: false,
      hd: null,
      prepare: true,
      lang: null,
    };
    expect(formatUrlState(state, '?seed=1&smiling=80&lock=male')).toBe('?smiling=80&lock=male&seed=5');
  });

  it('keeps unrelated parameters and leaves neutral sliders out', () => {
    const state = {
      seed: 5,
      backend: null,
      engine: 'page' as const,
      threads: 3,
      model: null,
      mode: 'explore' as const,
      sliders: { smiling: 50, male: 70 },
      locks: ['young'],
      advanced: false,
      hd: true,
      prepare: false,
      lang: 'de' as const,
    };
    expect(formatUrlState(state, '?utm=fr&seed=1&smiling=20', IDS)).toBe(
      '?utm=fr&seed=5&male=70&lock=young&hd=1&prepare=0&engine=page&threads=3&lang=de',
    );
  });

  it('reads and keeps the embed view, and leaves it out when off', () => {
    const { state } = parseUrlState('?seed=3&embed=1');
    expect(state.embed).toBe(true);
    expect(formatUrlState(state)).toBe('?seed=3&embed=1');
    expect(formatUrlState({ ...state, embed: false }, '?seed=3&embed=1')).toBe('?seed=3');
    expect(parseUrlState('?embed=yes').state.embed).toBeUndefined();
  });
});
