/**
 * The audit against a fake engine: faces in batches at the plan's settings, Cancel keeps
 * the measured faces, Continue measures only the rest, and the link carries the audit.
 */
import { describe, expect, it } from 'vitest';
import { tinyDirections } from '../../scripts/testing/tinyDirections';
import { latentForSliders } from '../core/attributes';
import { latentFromSeed } from '../core/latent';
import type { FaceMeasurement } from '../core/measure/faceMeasurer';
import { fakeFace } from '../core/measure/sweepFixtures';
import { auditFaceSeeds } from '../core/population/auditSeeds';
import type { EngineConnection } from '../engine/engineClient';
import { Audit, type AuditSource } from './audit.svelte';
import { toSliderAttribute } from './directionsSource';

const attributes = tinyDirections().attributes.map(toSliderAttribute);

/** A reading that follows the latent (P(male) = its second number), so the test sees which latent each face was drawn from. */
const reading = (latent: Float32Array): FaceMeasurement => ({
  ...fakeFace({ pHappy: 0.2 }),
  pMale: latent[1]!,
});

function fakeSource(sliders: Record<string, number>, onBatch: (calls: number) => void = () => {}) {
  let calls = 0;
  const engine: Pick<EngineConnection, 'measureBatch'> = {
    measureBatch: async (faces, options) => {
      onBatch(++calls);
      // The audit wants readings only: no images, no identity.
      expect(options).toEqual({ images: false, descriptor: false });
      return { images: null, measurements: faces.map((f) => reading(f.latent)), identity: faces.map(() => null) };
    },
  };
  const source: AuditSource = {
    engine: engine as EngineConnection,
    backend: 'wasm',
    engineThread: 'worker',
    sliders: { young: 50, smiling: 50, male: 50, skinTone: 50, headTurn: 50, ...sliders },
    locked: new Set(['male']),
    attributes,
    latentFor: (seed, s, locked) => latentForSliders(latentFromSeed(seed, 8), attributes, s, locked),
  };
  return { source, calls: () => calls };
}

function fakePage(search: string) {
  const location = { pathname: '/app/', search, hash: '' };
  const replaceState = (_: unknown, __: string, href?: string | URL | null) => (location.search = new URL(String(href), 'http://x').search);
  return { location: location as unknown as Location, history: { pushState: replaceState, replaceState } };
}

describe('audit', () => {
  it('measures every face of the plan in batches, at the settings it started with, and writes the link', async () => {
    const audit = new Audit();
    const page = fakePage('?seed=3&audit=77&auditN=60');
    expect(audit.follow(page)).toEqual([]);
    const { source, calls } = fakeSource({ smiling: 100 });
    await audit.start(source);
    expect(audit.status).toBe('done');
    expect(calls()).toBe(30);
    expect(audit.faces.map((f) => f.seed)).toEqual(auditFaceSeeds(77, 60));
    expect(audit.plan).toMatchObject({ auditSeed: 77, size: 60, sliders: { smiling: 100 }, locks: ['male'] });
    const expected = source.latentFor(audit.faces[5]!.seed, { ...source.sliders, smiling: 100 }, new Set(['male']));
    expect(audit.faces[5]!.measurement.pMale).toBeCloseTo(expected[1]!, 6);
    expect(audit.summary?.faces).toBe(60);
    expect(audit.chartSummary?.faces).toBe(60);
    expect(page.location.search).toBe('?seed=3&audit=77&auditN=60');
  });

  it('keeps what was measured when cancelled, and Continue measures only the rest of the same faces', async () => {
    const audit = new Audit();
    audit.follow(fakePage('?audit=5&auditN=50'));
    const { source } = fakeSource({}, (call) => call === 3 && audit.cancel());
    await audit.start(source);
    expect(audit.status).toBe('cancelled');
    expect(audit.faces).toHaveLength(6);
    const kept = audit.faces;
    const rest = fakeSource({ smiling: 0 });
    await audit.resume(rest.source);
    expect(audit.status).toBe('done');
    expect(rest.calls()).toBe(22);
    expect(audit.faces.slice(0, 6)).toEqual(kept);
    expect(audit.faces.map((f) => f.seed)).toEqual(auditFaceSeeds(5, 50));
    // Continue keeps the audit's own settings, not the sliders of the moment.
    expect(audit.plan?.sliders).toEqual({});
  });

  it('reports a failed batch and keeps the faces before it', async () => {
    const audit = new Audit();
    audit.follow(fakePage('?audit=9&auditN=50'));
    const { source } = fakeSource({}, (call) => {
      if (call === 2) throw new Error('the webgl backend failed');
    });
    await audit.start(source);
    expect(audit.status).toBe('failed');
    expect(audit.error).toBe('the webgl backend failed');
    expect(audit.faces).toHaveLength(2);
  });
});
