import { describe, expect, it } from 'vitest';
import type { PrepareItem } from '../core/prepare/prepareQueue';
import { facesRendered, request, runtimeWithFakes, stages, stepping, until } from './runtimeFakes';

type Fakes = ReturnType<typeof runtimeWithFakes>;

/** The faces along Male from `state`, as the page plans them: latent[0] follows the slider. */
const along = (values: number[], seed = 1): PrepareItem[] =>
  values.map((value) => ({
    varies: 'male',
    value,
    state: { seed, sliders: { male: value }, locked: [], playing: null },
    latent: Float32Array.of((value - 50) / 25, 0, 0, 0),
    reference: Float32Array.of(0, 0, 0, 0),
  }));
const at = (id: number, value: number, seed = 1) =>
  request(id, (value - 50) / 25, { state: { seed, sliders: { male: value }, locked: [], playing: null } });

/** Male 70 drawn while measuring was held, then 30 measured: 70 is kept without readings. */
async function drawnUnmeasuredAt70({ runtime, updates }: Fakes): Promise<void> {
  runtime.draw(at(1, 50));
  await runtime.idle();
  runtime.measuring = false;
  runtime.draw(at(2, 70));
  await runtime.idle();
  runtime.measuring = true;
  runtime.draw(at(3, 30));
  await runtime.idle();
  expect(stages(updates, 2)).not.toContain('measured');
}

describe('FaceRuntime prepared faces', () => {
  it('prepares the plan once the face rests, with readings, and draws nothing for a drag over them', async () => {
    const { runtime, updates } = runtimeWithFakes();
    runtime.draw(at(1, 50));
    await runtime.idle();
    runtime.preparer.plan(along([55, 45, 60, 40]));
    await until(() => runtime.preparer.cache.size === 5 && runtime.preparer.pending === 0);
    expect(runtime.preparer.cache.exact(along([60])[0]!.state)!.readings).toMatchObject({ status: 'measured' });
    const before = facesRendered();
    runtime.draw(at(2, 60));
    runtime.draw(at(3, 58)); // shown as its nearest, 60, until the hand rests
    expect(facesRendered()).toBe(before);
    const shown = updates.filter((u) => u.stage === 'drawn').map((u) => (u.stage === 'drawn' ? u.record : null));
    expect(shown.at(-2)).toMatchObject({ id: 2, prepared: true, state: { sliders: { male: 60 } }, readings: { status: 'measured' } });
    expect(shown.at(-1)).toMatchObject({ id: 3, approximate: true, state: { sliders: { male: 60 } } });
    // Once input pauses, the exact face of the last request is drawn under its own id.
    await runtime.idle();
    expect(facesRendered()).toBe(before + 1);
    expect(stages(updates, 3)).toEqual(['drawn', 'drawn', 'measured', 'final']);
  });

  it('draws a request that asks for its exact face (Play stopping) even with a kept face near it', async () => {
    const { runtime, updates } = runtimeWithFakes();
    runtime.draw(at(1, 50));
    await runtime.idle();
    const before = facesRendered();
    runtime.draw({ ...at(2, 52), exact: true });
    await runtime.idle();
    expect(facesRendered()).toBe(before + 1);
    const shown = updates.filter((u) => u.stage === 'drawn' && u.record.id === 2).map((u) => (u.stage === 'drawn' ? u.record : null));
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ state: { sliders: { male: 52 } } });
    expect(shown[0]!.approximate).toBeUndefined();
  });

  it('keeps a face drawn for a request at once: asked again (Play’s next pass), it is not drawn again', async () => {
    const fakes = runtimeWithFakes();
    const { runtime, updates } = fakes;
    await drawnUnmeasuredAt70(fakes);
    const before = facesRendered();
    runtime.draw(at(4, 70));
    await runtime.idle();
    expect(facesRendered()).toBe(before);
    // Its readings are taken at rest and kept with it.
    expect(stages(updates, 4)).toEqual(['drawn', 'measured', 'final']);
    expect(runtime.preparer.cache.exact(at(4, 70).state)!.readings).toMatchObject({ status: 'measured' });
  });

  it('measures a kept face without readings only once input pauses: the next move does not wait for it', async () => {
    const fakes = runtimeWithFakes();
    const { runtime, updates } = fakes;
    await drawnUnmeasuredAt70(fakes);
    runtime.draw(at(4, 70)); // kept, not measured
    runtime.draw(at(5, 30)); // kept and measured
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stages(updates, 4)).toEqual(['drawn']);
    expect(stages(updates, 5)).toEqual(['drawn', 'final']);
  });

  it('lets a user request go first: it waits for the one prepared face being drawn, at most', async () => {
    const { runtime, updates } = runtimeWithFakes();
    runtime.draw(at(1, 50));
    await runtime.idle();
    runtime.preparer.plan(along([55, 45, 60, 40, 65, 35]));
    await until(() => runtime.preparer.cache.size >= 2);
    const drawnBefore = runtime.preparer.drawn;
    runtime.draw(at(2, 50, 7)); // another seed
    await runtime.idle();
    expect(stages(updates, 2)).toEqual(['drawn', 'measured', 'final']);
    // The old seed's plan was dropped, not finished: at most the face under way was drawn.
    expect(runtime.preparer.pending).toBe(0);
    expect(runtime.preparer.drawn).toBeLessThanOrEqual(drawnBefore + 1);
  });

  it('gives up a face being prepared between its steps when a user request comes in', async () => {
    const { runtime, updates } = runtimeWithFakes();
    runtime.draw(at(1, 50));
    await runtime.idle();
    runtime.preparer.plan(along([55, 45, 60, 40]));
    await until(() => stepping.underWay);
    const givenUp = stepping.givenUp;
    const drawnBefore = runtime.preparer.drawn;
    runtime.draw(at(2, 50, 7)); // another seed
    await runtime.idle();
    expect(stepping.givenUp).toBe(givenUp + 1);
    expect(runtime.preparer.drawn).toBe(drawnBefore);
    expect(stages(updates, 2)).toEqual(['drawn', 'measured', 'final']);
  });

  it('prepares nothing with an empty plan (switched off)', async () => {
    const { runtime } = runtimeWithFakes();
    runtime.draw(at(1, 50));
    await runtime.idle();
    runtime.preparer.plan([]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(runtime.preparer.drawn).toBe(0);
  });
});
