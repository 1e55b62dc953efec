/**
 * The sweep against a fake engine: every face drawn and measured in the engine with its
 * reference for identity, the contact sheet filled in place, Cancel and Continue at the
 * sweep's own settings, and a sweep without an engine failing in words.
 */
import { describe, expect, it } from 'vitest';
import { tinyDirections } from '../../scripts/testing/tinyDirections';
import { latentForSliders } from '../core/attributes';
import type { FaceImage } from '../core/faceBytes';
import { latentFromSeed } from '../core/latent';
import { fakeFace } from '../core/measure/sweepFixtures';
import type { BatchFace, MeasureBatchOptions } from '../engine/protocol';
import type { EngineConnection } from '../engine/engineClient';
import { toSliderAttribute } from './directionsSource';
import { Sweep, type SweepSource } from './sweep.svelte';

const attributes = tinyDirections().attributes.map(toSliderAttribute);
const neutral = Object.fromEntries(attributes.map((a) => [a.id, 50]));
const latentFor = (seed: number, sliders: Readonly<Record<string, number>>, locked: ReadonlySet<string>) =>
  latentForSliders(latentFromSeed(seed, 8), attributes, sliders, locked);
/** A face image that remembers its latent, so the test sees where each one lands. */
const imageOf = (latent: Float32Array) => ({ rgba: new Uint8ClampedArray(4), width: 1, height: 1, latent }) as FaceImage;

function fakeSource(onBatch: (call: number) => void = () => {}, engine = true) {
  const calls: { faces: BatchFace[]; options: MeasureBatchOptions }[] = [];
  const fake: Pick<EngineConnection, 'measureBatch'> = {
    measureBatch: async (faces, options) => {
      calls.push({ faces, options });
      onBatch(calls.length);
      return {
        images: faces.map((f) => imageOf(f.latent)),
        measurements: faces.map((f) => ({ ...fakeFace({}), pMale: f.latent[1]! })),
        identity: faces.map((f) => Math.abs(f.latent[0]! - f.reference![0]!)),
      };
    },
  };
  const source: SweepSource = {
    engine: engine ? (fake as EngineConnection) : null,
    backend: 'webgl',
    engineThread: 'worker',
    seed: 7,
    sliders: { ...neutral, young: 80 },
    locked: new Set(['male']),
    attributes,
    latentFor,
    referenceLatent: (seed) => latentFor(seed, neutral, new Set()),
  };
  return { source, calls };
}

describe('sweep', () => {
  it('measures every face in the engine, step by step, with its identity and its picture in place', async () => {
    const sweep = new Sweep();
    sweep.attributeId = 'smiling';
    sweep.size = { faces: 3, steps: 3 };
    const { source, calls } = fakeSource();
    await sweep.start(source);
    expect(sweep.status).toBe('done');
    // A GPU backend takes a whole step per batch.
    expect(calls.map((c) => c.faces.length)).toEqual([3, 3, 3]);
    expect(calls.every((c) => c.options.images && c.options.descriptor)).toBe(true);
    const result = sweep.result!;
    expect(result).toMatchObject({ attributeId: 'smiling', sliderValues: [0, 50, 100] });
    expect(result.seeds[0]).toBe(7);
    expect(result.faces.map((f) => [f.face, f.step])).toEqual([0, 1, 2].flatMap((step) => [0, 1, 2].map((face) => [face, step])));
    for (const f of result.faces) {
      const latent = latentFor(f.seed, { ...source.sliders, smiling: f.slider }, source.locked);
      const reference = source.referenceLatent(f.seed);
      expect(f.measurement.pMale).toBeCloseTo(latent[1]!, 6);
      expect(f.identity).toBeCloseTo(Math.abs(latent[0]! - reference[0]!), 6);
      expect((sweep.thumbnails[f.face * 3 + f.step] as FaceImage & { latent: Float32Array }).latent).toEqual(latent);
    }
  });

  it('keeps what was measured when cancelled, and Continue measures the rest at the sweep’s settings', async () => {
    const sweep = new Sweep();
    sweep.attributeId = 'smiling';
    sweep.size = { faces: 2, steps: 3 };
    const first = fakeSource((call) => call === 2 && sweep.cancel());
    await sweep.start(first.source);
    expect(sweep.status).toBe('cancelled');
    expect(sweep.result?.faces).toHaveLength(4);
    expect(sweep.thumbnails.filter(Boolean)).toHaveLength(4);
    const kept = sweep.result!.faces;

    const rest = fakeSource();
    await sweep.resume({ ...rest.source, seed: 99, sliders: neutral });
    expect(sweep.status).toBe('done');
    expect(rest.calls).toHaveLength(1);
    const faces = sweep.result!.faces;
    expect(faces.slice(0, 4)).toEqual(kept);
    const last = faces[5]!;
    expect(last.seed).toBe(sweep.result!.seeds[1]);
    expect(last.measurement.pMale).toBeCloseTo(latentFor(last.seed, { ...first.source.sliders, smiling: 100 }, new Set(['male']))[1]!, 6);
  });

  it('fails in words without an engine', async () => {
    const sweep = new Sweep();
    sweep.attributeId = 'smiling';
    await sweep.start(fakeSource(() => {}, false).source);
    expect(sweep.status).toBe('failed');
    expect(sweep.job.error).toBe('the model and its directions are not ready');
  });
});
