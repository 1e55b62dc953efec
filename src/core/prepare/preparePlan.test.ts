import { describe, expect, it } from 'vitest';
import { preparePlan, sameExcept, stateDistance, stateKey, stepsAlong } from './preparePlan';
import { PreparedCache } from './preparedCache';
import { PrepareQueue, type PrepareItem } from './prepareQueue';

const state = (sliders: Record<string, number>, seed = 1, locked: string[] = []) => ({ seed, sliders, locked, playing: null });
const face = (sliders: Record<string, number>, seed = 1) => ({
  state: state(sliders, seed),
  image: { rgba: new Uint8ClampedArray(16), width: 2, height: 2 },
});

describe('preparePlan', () => {
  it('goes along the slider in use first, nearest steps first, then the other sliders, then its half-steps', () => {
    expect(stepsAlong(62, 5).slice(0, 4)).toEqual([60, 65, 55, 70]);
    const plan = preparePlan({ smiling: 50, young: 30 }, 'young', ['smiling', 'young']);
    expect(plan.slice(0, 3)).toEqual([
      { varies: 'young', value: 25 },
      { varies: 'young', value: 35 },
      { varies: 'young', value: 20 },
    ]);
    // 20 steps each (the current value left out), then young's 20 half-steps.
    expect(plan.filter((t) => t.varies === 'young')).toHaveLength(40);
    expect(plan.findIndex((t) => t.varies === 'smiling')).toBe(20);
    expect(plan[40]).toEqual({ varies: 'young', value: 27.5 });
  });

  it('for Play, prepares the played slider’s half-steps before the other sliders', () => {
    const plan = preparePlan({ smiling: 50, young: 30 }, 'young', ['smiling', 'young'], { forPlay: true });
    expect(plan.slice(0, 40).every((t) => t.varies === 'young')).toBe(true);
    expect(plan[20]).toEqual({ varies: 'young', value: 27.5 });
    expect(plan.slice(40).every((t) => t.varies === 'smiling')).toBe(true);
    expect(plan).toHaveLength(60);
  });

  it('keys a face by seed, every slider and the locks, whatever their order', () => {
    expect(stateKey(state({ a: 1, b: 2 }, 3, ['x', 'y']))).toBe(stateKey(state({ b: 2, a: 1 }, 3, ['y', 'x'])));
    expect(stateKey(state({ a: 1 }))).not.toBe(stateKey(state({ a: 1 }, 2)));
    expect(sameExcept(state({ a: 1, b: 2 }), state({ a: 9, b: 2 }), 'a')).toBe(true);
    expect(sameExcept(state({ a: 1, b: 2 }), state({ a: 1, b: 3 }), 'a')).toBe(false);
    expect(stateDistance(state({ a: 1 }), state({ a: 1 }, 1, ['a']))).toBe(Infinity);
  });
});

describe('PreparedCache', () => {
  it('evicts the face farthest from where the user is', () => {
    const cache = new PreparedCache(3);
    const here = state({ a: 50, b: 50 });
    cache.put(face({ a: 55, b: 50 }), here);
    cache.put(face({ a: 90, b: 50 }), here);
    cache.put(face({ a: 50 }, 2), here); // another seed: infinitely far
    cache.put(face({ a: 45, b: 50 }), here);
    expect(cache.size).toBe(3);
    expect(cache.has(state({ a: 50 }, 2))).toBe(false);
    cache.put(face({ a: 60, b: 50 }), here);
    expect(cache.has(state({ a: 90, b: 50 }))).toBe(false);
  });

  it('finds the exact face, and the nearest along one slider within half a step', () => {
    const cache = new PreparedCache();
    const here = state({ a: 50, b: 70 });
    cache.put(face({ a: 55, b: 70 }), here);
    cache.put(face({ a: 60, b: 70 }), here);
    expect(cache.exact(state({ a: 55, b: 70 }))).not.toBeNull();
    expect(cache.nearest(state({ a: 58, b: 70 }))!.state.sliders.a).toBe(60);
    expect(cache.nearest(state({ a: 66, b: 70 }))).toBeNull();
    // Another slider moved too: no face along one line fits.
    expect(cache.nearest(state({ a: 58, b: 71 }))).toBeNull();
  });
});

describe('PrepareQueue', () => {
  const items = (values: number[], varies = 'a'): PrepareItem[] =>
    values.map((value) => ({
      varies,
      value,
      state: state({ a: varies === 'a' ? value : 50, b: varies === 'b' ? value : 50 }),
      latent: new Float32Array(1),
      reference: new Float32Array(1),
    }));

  it('takes faces in order, skipping those kept already', () => {
    const queue = new PrepareQueue();
    queue.replace(items([55, 45, 60]));
    expect(queue.take(2, (s) => s.sliders.a === 55).map((i) => i.value)).toEqual([45, 60]);
    expect(queue.length).toBe(0);
  });

  it('drops faces that no longer fit: another slider moved, a new seed, a lock', () => {
    const queue = new PrepareQueue();
    queue.replace([...items([55, 60]), ...items([55, 60], 'b')]);
    // Moving a keeps the faces along a; those along b assumed a at 50.
    queue.retarget(state({ a: 57, b: 50 }));
    expect(queue.take(9, () => false).map((i) => `${i.varies}${i.value}`)).toEqual(['a55', 'a60']);
    queue.replace(items([55, 60]));
    queue.retarget(state({ a: 50, b: 50 }, 2));
    expect(queue.length).toBe(0);
    queue.replace(items([55, 60]));
    queue.retarget(state({ a: 50, b: 50 }, 1, ['b']));
    expect(queue.length).toBe(0);
  });
});
