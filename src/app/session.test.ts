/**
 * The one start path: a first load, Retry after an error and a lost backend run the same
 * sequence and end in the state a clean load of the same link gives.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tinyDirections } from '../../scripts/testing/tinyDirections';
import { TINY_LATENT_SIZE } from '../../scripts/testing/tinyShape';
import type { EngineConnection } from '../engine/engineClient';
import type { DrawRequest, EngineListener, MainRequest } from '../engine/protocol';
import { notices } from './notices.svelte';
import { Session } from './session.svelte';
import type { StartSteps, StartOutcome } from './startSequence';
import type { AddressBar } from './urlWriter';
import { runStartSequence } from './startSequence';

function fakePage(search: string): AddressBar {
  const location = { pathname: '/app/', search, hash: '', href: `http://localhost/app/${search}` };
  const go = (_: unknown, __: string, href?: string | URL | null) => {
    const url = new URL(String(href), 'http://localhost');
    location.search = url.search;
    location.href = url.href;
  };
  return { location: location as unknown as Location, history: { pushState: go, replaceState: go } };
}

/** An engine whose model load fails `failures` times with a named file, then works. */
function fakeEngine(failures = 0) {
  const draws: MainRequest[] = [];
  let listener: EngineListener | null = null;
  let left = failures;
  const engine: EngineConnection = {
    load: vi.fn(async (_location, l: EngineListener) => {
      listener = l;
      if (left-- > 0) throw { message: 'group1-shard3of11.bin: checksum mismatch', file: 'group1-shard3of11.bin' };
      return { latentSize: TINY_LATENT_SIZE, outputShape: [8, 8, 3] as [number, number, number] };
    }),
    startBackend: vi.fn(async () => ({ backend: 'wasm' as const, why: null, notice: null, threads: 1, threadsWhy: null })),
    draw: vi.fn(async (request: DrawRequest) => void (request.kind === 'main' && draws.push(request))),
    drawFinal: vi.fn(),
    renderImages: vi.fn(async () => []),
    measureBatch: vi.fn(),
    setHd: vi.fn(async () => {}),
    upscale: vi.fn(),
    prepare: vi.fn(async () => {}),
    preparedStats: vi.fn(async () => ({ drawn: 0, kept: 0, bytes: 0, pending: 0 })),
    idle: vi.fn(async () => {}),
  };
  return { engine, draws, listener: () => listener! };
}

const handle = (api: EngineConnection) => ({ api, thread: 'worker' as const, why: null });

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(tinyDirections()), { headers: { 'Content-Type': 'application/json' } })),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('Faces prepared ahead', () => {
  it('in the presenter, go along the slider chosen for Play first, with its half-steps next', async () => {
    const { engine } = fakeEngine();
    const session = new Session();
    session.connect(handle(engine), fakePage('?seed=3&hd=0'));
    await session.start();
    const [first, chosen] = session.state.attributes.map((a) => a.id);
    session.ahead.chosenInPresenter = () => chosen!;
    const planned = () => vi.mocked(engine.prepare).mock.lastCall![0].map((item) => item.varies);
    session.ahead.send();
    // In explore mode the presenter's choice does not count.
    expect(planned()[0]).not.toBe(chosen);
    session.setMode('presenter');
    session.ahead.send();
    expect(
      planned()
        .slice(0, 40)
        .every((id) => id === chosen),
    ).toBe(true);
    expect(planned()).toContain(first);
  });
});

describe('Session start path', () => {
  it('runs the same start sequence for a first load, Retry and a lost backend', async () => {
    const sequence = vi.fn(runStartSequence);
    const { engine, listener } = fakeEngine();
    const session = new Session();
    session.connect(handle(engine), fakePage('?seed=4'), sequence as (steps: StartSteps) => Promise<StartOutcome>);

    await session.start();
    await session.retry();
    listener().backendLost({ key: 'engine.webglLost' });
    await vi.waitFor(() => expect(sequence).toHaveBeenCalledTimes(3));
    await vi.waitFor(() => expect(session.phase).toBe('ready'));
    // The engine's reason is a message, translated where the notice is shown.
    expect(notices.list.map((n) => n.text)).toContainEqual({
      key: 'notice.backendFallback',
      params: { because: { key: 'engine.webglLost' }, backend: 'wasm' },
    });
  });

  it('after Retry, brings back the link’s sliders and locks that a failed first load never applied', async () => {
    const { engine, draws } = fakeEngine(1);
    const page = fakePage('?seed=4&smiling=80&lock=male&mode=presenter');
    const session = new Session();
    session.connect(handle(engine), page);

    await session.start();
    expect(session.phase).toBe('error');
    expect(session.error).toEqual({ message: 'group1-shard3of11.bin: checksum mismatch', file: 'group1-shard3of11.bin' });
    // The failure must not rewrite the link to defaults.
    expect(page.location.search).toContain('smiling=80');

    await session.retry();
    expect(session.phase).toBe('ready');
    expect(session.state.seed).toBe(4);
    expect(session.state.mode).toBe('presenter');
    expect(session.state.attributes.map((a) => a.id)).toContain('smiling');
    expect(session.state.sliders['smiling']).toBe(80);
    expect([...session.state.locked]).toEqual(['male']);
    expect(draws.at(-1)?.latent).toEqual(session.state.latentFor(4));
  });

  it('keeps slider moves made before a restart: the address bar is flushed first', async () => {
    const { engine, listener } = fakeEngine();
    const page = fakePage('?seed=9');
    const session = new Session();
    session.connect(handle(engine), page);
    await session.start();
    session.setSlider('male', 20);
    listener().backendLost('The WebGPU device was lost');
    await vi.waitFor(() => expect(engine.load).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(session.phase).toBe('ready'));
    expect(session.state.sliders['male']).toBe(20);
    expect(page.location.search).toContain('male=20');
  });
});

describe('Session HD faces', () => {
  const face = (size: number) => ({ rgba: new Uint8ClampedArray(size * size * 4), width: size, height: size });
  beforeEach(() => {
    const canvas = { width: 0, height: 0, getContext: () => ({ putImageData: () => {} }) };
    vi.stubGlobal('document', { createElement: () => canvas });
    vi.stubGlobal('ImageData', class {});
  });

  it('swaps in the HD face of the newest state only, and drops it when a newer face is painted', async () => {
    const { engine, draws, listener } = fakeEngine();
    const session = new Session();
    session.connect(handle(engine), fakePage('?seed=3&hd=1'));
    await session.start();
    const drawn = (request: MainRequest) => ({
      stage: 'drawn' as const,
      record: { id: request.id, state: request.state, image: face(8), ms: 1, final: false },
    });
    const first = draws.at(-1)!;
    listener().record(drawn(first));
    session.setSlider('smiling', 70);
    // The HD pass of the old state finished after the slider moved: it must not be shown.
    listener().record({ stage: 'hd', id: first.id, hd: face(32) });
    const { painter } = session.frames;
    expect(painter.shownHd).toBeNull();
    const second = draws.at(-1)!;
    listener().record(drawn(second));
    listener().record({ stage: 'hd', id: second.id, hd: face(32) });
    expect(painter.shownHd?.width).toBe(32);
    expect(painter.canvas.width).toBe(32);
    session.setSlider('smiling', 90);
    listener().record(drawn(draws.at(-1)!));
    expect(painter.shownHd).toBeNull();
    expect(painter.canvas.width).toBe(8);
  });

  it('follows the link and the toggle, and writes the toggle into the link', async () => {
    const { engine } = fakeEngine();
    const page = fakePage('?seed=3&hd=0');
    const session = new Session();
    session.connect(handle(engine), page);
    await session.start();
    expect(session.hdOn).toBe(false);
    expect(engine.setHd).toHaveBeenLastCalledWith(null);
    session.setHd(true);
    expect(engine.setHd).toHaveBeenLastCalledWith('http://localhost/app/models/upscaler-x4/');
    expect(page.location.search).toContain('hd=1');
  });

  it('is on by default on WASM (the pass costs under half a face there) and off on the CPU backend', async () => {
    const { engine } = fakeEngine();
    const session = new Session();
    session.connect(handle(engine), fakePage('?seed=3'));
    await session.start();
    expect(session.hdOn).toBe(true);
    session.startup.backend = 'cpu';
    expect(session.hdOn).toBe(false);
  });

  it('shows a failed upscaler file in the error view, and Retry starts again', async () => {
    const { engine, listener } = fakeEngine();
    const session = new Session();
    session.connect(handle(engine), fakePage('?seed=3&hd=1'));
    await session.start();
    listener().hdFailed({ message: 'group1-shard1of1.bin: checksum mismatch', file: 'group1-shard1of1.bin' });
    expect(session.phase).toBe('error');
    expect(session.error?.file).toBe('group1-shard1of1.bin');
    await session.retry();
    expect(session.phase).toBe('ready');
    expect(engine.setHd).toHaveBeenCalledTimes(2);
  });
});
