import { describe, expect, it } from 'vitest';
import { formatUrlState, parseUrlState } from './urlState';

describe('parseUrlState', () => {
  it('reads seed, backend and model', () => {
    expect(parseUrlState('?seed=7&backend=wasm&model=tiny/m').state).toEqual({ seed: 7, backend: 'wasm', model: 'tiny/m' });
  });

  it('names each bad value and keeps the good ones', () => {
    const { state, problems } = parseUrlState('?seed=-3&backend=metal&model=../x');
    expect(state).toEqual({ seed: null, backend: null, model: null });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain('negative');
    expect(problems[1]).toContain('"metal"');
    expect(problems[2]).toContain('../x');
  });

  it('rejects other origins as a model folder', () => {
    expect(parseUrlState('?model=https://evil.example/m').state.model).toBeNull();
    expect(parseUrlState('?model=//evil.example/m').state.model).toBeNull();
  });
});

describe('formatUrlState', () => {
  it('round-trips and keeps unrelated parameters', () => {
    const search = formatUrlState({ seed: 5, backend: null, model: null }, '?lang=fr&seed=1');
    expect(search).toBe('?lang=fr&seed=5');
    expect(parseUrlState(search).state.seed).toBe(5);
  });
});
