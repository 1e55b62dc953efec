import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HeldReport } from '../engine/protocol';
import { EngineFrames } from './engineFrames.svelte';
import { Gallery } from './gallery.svelte';

const face = (size: number, value = 0) => ({ rgba: new Uint8ClampedArray(size * size * 4).fill(value), width: size, height: size });
const report: HeldReport = { statuses: [], measurement: null, measures: 1, ms: 1 };

function framesFor(newest: () => number) {
  const context = { gallery: new Gallery(), newestRequest: newest, showsHd: () => true, faceShown: vi.fn(), caughtUp: vi.fn() };
  const frames = new EngineFrames(context);
  const tap = { requested: vi.fn(), shown: vi.fn(), held: vi.fn() };
  frames.tap = tap;
  return { frames, tap, context };
}

const asked = (seq: number) => ({ seq, latent: new Float32Array(1), seed: 1, reference: new Float32Array(1) });

describe('EngineFrames', () => {
  beforeEach(() => {
    const canvas = { width: 0, height: 0, getContext: () => ({ putImageData: () => {} }) };
    vi.stubGlobal('document', { createElement: () => canvas });
    vi.stubGlobal('ImageData', class {});
  });

  it('never paints a face of an older request over a newer one', () => {
    let newest = 2;
    const { frames, tap, context } = framesFor(() => newest);
    frames.requested(asked(1));
    frames.requested(asked(2));
    frames.show({ seq: 2, kind: 'main', images: [face(8, 2)], ms: 5 });
    frames.show({ seq: 1, kind: 'main', images: [face(8, 1)], ms: 5 });
    expect(frames.painter.shownSeq).toBe(2);
    expect(tap.shown).toHaveBeenCalledTimes(1);
    expect(context.caughtUp).toHaveBeenCalled();
    newest = 3;
    frames.show({ seq: 2, kind: 'main', images: [face(8, 9)], ms: 5, held: report });
    // A corrected face of a request already left behind is dropped.
    expect(frames.painter.shown!.rgba[0]).toBe(2);
    expect(tap.held).not.toHaveBeenCalled();
  });

  it('paints the corrected face of the newest request and hands it to the readout', () => {
    const { frames, tap } = framesFor(() => 1);
    frames.requested(asked(1));
    frames.show({ seq: 1, kind: 'main', images: [face(8, 1)], ms: 5 });
    frames.show({ seq: 1, kind: 'main', images: [face(8, 7)], ms: 5, held: report });
    expect(frames.painter.shown!.rgba[0]).toBe(7);
    expect(tap.held).toHaveBeenCalledWith(expect.objectContaining({ seq: 1, seed: 1 }), report);
  });

  it('drops the HD face when HD is switched off', () => {
    const { frames } = framesFor(() => 1);
    frames.show({ seq: 1, kind: 'main', images: [face(8)], ms: 5 });
    frames.showHd({ seq: 1, image: face(32), ms: 5 });
    expect(frames.painter.shownHd?.width).toBe(32);
    frames.hdSwitchedOff();
    expect(frames.painter.shownHd).toBeNull();
    expect(frames.painter.canvas.width).toBe(8);
  });
});
