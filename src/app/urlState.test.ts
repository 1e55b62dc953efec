import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKENDS } from '../core/backends';
import { MAX_SEED } from '../core/latent';
import { formatUrlState, MODES, parseUrlState } from './urlState';

const IDS = ['young', 'smiling', 'male'];

/** Queries that use the keys the parser knows, with arbitrary values, so fuzzing reaches every branch. */
const knownKeyQueries = fc
  .array(
    fc.tuple(
      fc.constantFrom('seed', 'backend', 'engine', 'model', 'mode', 'lock', 'advanced', 'hd', ...IDS),
      fc.string({ unit: 'binary' }),
    ),
  )
  .map((pairs) => '?' + pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'));

describe('parseUrlState', () => {
  it('reads every field', () => {
    const { state, problems } = parseUrlState(
      '?seed=7&backend=wasm&engine=page&model=tiny/m&mode=presenter&smiling=80&male=30&lock=male,young&advanced=1&hd=0',
      IDS,
    );
    expect(problems).toEqual([]);
    expect(state).toEqual({
      seed: 7,
      backend: 'wasm',
      engine: 'page',
      model: 'tiny/m',
      mode: 'presenter',
      sliders: { smiling: 80, male: 30 },
      locks: ['male', 'young'],
      advanced: true,
      hd: false,
    });
  });

  it('names each bad value and keeps the good ones', () => {
    const { state, problems } = parseUrlState('?seed=-3&backend=metal&engine=gpu&model=http://x&mode=party&hd=yes', IDS);
    expect(state.seed).toBeNull();
    expect(state.hd).toBeNull();
    expect(state.backend).toBeNull();
    expect(state.engine).toBeNull();
    expect(state.model).toBeNull();
    expect(state.mode).toBe('explore');
    expect(problems).toHaveLength(6);
    expect(problems[5]).toMatch(/HD "yes" in the link is not 0 or 1/);
    expect(problems.join(' ')).toMatch(/negative.*"metal".*"gpu".*http:\/\/x.*"party"/);
  });

  it('clamps out-of-range sliders and ignores malformed ones, naming them', () => {
    const { state, problems } = parseUrlState('?smiling=150&male=abc&young=12.6&lock=male,wings', IDS);
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
        }),
        ({ seed, smiling, locks, mode, hd }) => {
          const sliders: Record<string, number> = smiling === 50 ? {} : { smiling };
          const state = { seed, backend: null, engine: null, model: null, mode, sliders, locks, advanced: false, hd };
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
      model: null,
      mode: 'explore' as const,
      sliders: {},
      locks: [],
      advanced: false,
      hd: null,
    };
    expect(formatUrlState(state, '?seed=1&smiling=80&lock=male')).toBe('?smiling=80&lock=male&seed=5');
  });

  it('keeps unrelated parameters and leaves neutral sliders out', () => {
    const state = {
      seed: 5,
      backend: null,
      engine: 'page' as const,
      model: null,
      mode: 'explore' as const,
      sliders: { smiling: 50, male: 70 },
      locks: ['young'],
      advanced: false,
      hd: true,
    };
    expect(formatUrlState(state, '?lang=fr&seed=1&smiling=20', IDS)).toBe('?lang=fr&seed=5&male=70&lock=young&hd=1&engine=page');
  });
});
