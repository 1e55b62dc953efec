import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FrameRecord } from '../core/frameRecord';
import { fakeFace } from '../core/measure/sweepFixtures';
import { FrameStore } from './frames.svelte';
import { Gallery } from './gallery.svelte';

const face = (size: number, value = 0) => ({ rgba: new Uint8ClampedArray(size * size * 4).fill(value), width: size, height: size });
const state = { seed: 1, sliders: {}, locked: [], playing: null };
const drawn = (id: number, value = id): { stage: 'drawn'; record: FrameRecord } => ({
  stage: 'drawn',
  record: { id, state, image: face(8, value), ms: 5, final: false },
});
const readings = { status: 'measured' as const, measurement: fakeFace(), identity: null, ms: 1 };
const lockStatus = { statuses: [], measures: 1, ms: 1 };

function store(showsHd = true) {
  const context = { gallery: new Gallery(), showsHd: () => showsHd, faceShown: vi.fn(), rested: vi.fn() };
  return { frames: new FrameStore(context), context };
}

describe('FrameStore', () => {
  beforeEach(() => {
    const canvas = { width: 0, height: 0, getContext: () => ({ putImageData: () => {} }) };
    vi.stubGlobal('document', { createElement: () => canvas });
    vi.stubGlobal('ImageData', class {});
  });

  it('never shows a record of an older request over a newer one', () => {
    const { frames, context } = store();
    frames.nextId();
    frames.nextId();
    frames.apply(drawn(2));
    frames.apply(drawn(1));
    expect(frames.onScreen?.id).toBe(2);
    expect(frames.painter.shownSeq).toBe(2);
    expect(frames.busy).toBe(false);
    expect(context.faceShown).toHaveBeenCalledTimes(1);
  });

  it('paints the corrected face of the newest request, and drops one of a request left behind', () => {
    const { frames } = store();
    frames.nextId();
    frames.apply(drawn(1));
    frames.apply({ stage: 'held', id: 1, image: face(8, 7), lockStatus, readings });
    expect(frames.painter.shown!.rgba[0]).toBe(7);
    expect(frames.onScreen?.image.rgba[0]).toBe(7);
    expect(frames.measured?.id).toBe(1);
    frames.nextId();
    frames.apply({ stage: 'held', id: 1, image: face(8, 9), lockStatus });
    expect(frames.painter.shown!.rgba[0]).toBe(7);
  });

  it('shows the nearest prepared face, then the exact face of the same request in its place', () => {
    const { frames, context } = store();
    frames.nextId();
    const nearest = drawn(1, 3);
    frames.apply({ stage: 'drawn', record: { ...nearest.record, approximate: true, prepared: true } });
    expect(frames.painter.shown!.rgba[0]).toBe(3);
    // Still busy: the exact face is to come.
    expect(frames.busy).toBe(true);
    frames.apply(drawn(1, 4));
    expect(frames.painter.shown!.rgba[0]).toBe(4);
    expect(frames.busy).toBe(false);
    // A second exact face of the same id is not shown again.
    frames.apply(drawn(1, 5));
    expect(frames.painter.shown!.rgba[0]).toBe(4);
    frames.apply({ stage: 'final', id: 1 });
    expect(context.rested).toHaveBeenCalledTimes(1);
  });

  it('keeps the last measured record while a newer face waits for its readings', () => {
    const { frames } = store();
    frames.nextId();
    frames.apply(drawn(1));
    frames.apply({ stage: 'measured', id: 1, readings });
    frames.nextId();
    frames.apply(drawn(2));
    expect(frames.onScreen?.id).toBe(2);
    expect(frames.measured?.id).toBe(1);
  });

  it('shows the HD face while HD is on and goes back to the model’s pixels when it is switched off', () => {
    let showsHd = true;
    const context = { gallery: new Gallery(), showsHd: () => showsHd, faceShown: vi.fn(), rested: vi.fn() };
    const frames = new FrameStore(context);
    frames.nextId();
    frames.apply(drawn(1));
    frames.apply({ stage: 'hd', id: 1, hd: face(32) });
    expect(frames.painter.shownHd?.width).toBe(32);
    showsHd = false;
    frames.hdChanged();
    expect(frames.painter.shownHd).toBeNull();
    expect(frames.painter.canvas.width).toBe(8);
  });
});
