import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FaceGenerator } from '../../src/core/generator';
import { latentFromSeed } from '../../src/core/latent';
import { loadModelFiles } from '../../src/core/modelFiles';
import { buildTinyModel } from '../testing/tinyModel';
import { TINY_LATENT_SIZE } from '../testing/tinyShape';
import { fuseNearestUpsampling, type Graph } from './nearestUpsampling';

async function faces(files: Map<string, Uint8Array>, seeds: number[]): Promise<Float32Array> {
  const loaded = await loadModelFiles(async (path) => files.get(path)!.slice().buffer as ArrayBuffer);
  const generator = await FaceGenerator.create(loaded.artifacts, loaded.manifest);
  const out = generator.generateFrom(seeds.map((s) => latentFromSeed(s, TINY_LATENT_SIZE)));
  const data = Float32Array.from(await out.data());
  out.dispose();
  generator.dispose();
  return data;
}

const opsOf = (files: Map<string, Uint8Array>) =>
  (JSON.parse(Buffer.from(files.get('model.json')!).toString()) as { modelTopology: { node: { op: string }[] } }).modelTopology.node.map(
    (n) => n.op,
  );

describe('fuseNearestUpsampling', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('replaces each Tile + BatchToSpaceND pair and draws the same faces, bit for bit', async () => {
    const converted = buildTinyModel(0.125, 32, { asConverted: true });
    const fused = buildTinyModel(0.125, 32, { storage: 'float32' });
    expect(opsOf(converted).filter((op) => op === 'Tile')).toHaveLength(3);
    expect(opsOf(fused)).not.toContain('Tile');
    expect(opsOf(fused)).not.toContain('BatchToSpaceND');
    expect(opsOf(fused).filter((op) => op === 'ResizeNearestNeighbor')).toHaveLength(3);
    // A batch of three: the Tile copies sit on the batch axis, so batching is where a wrong fusion shows.
    expect(Array.from(await faces(fused, [1, 2, 3]))).toEqual(Array.from(await faces(converted, [1, 2, 3])));
  });

  /** One Tile + BatchToSpaceND pair on a placeholder, with these crops and nodes after it. */
  function pairGraph(crops: number[], after: Graph['nodes'] = []): Graph {
    const int32 = (values: number[]) => new Uint8Array(Int32Array.from(values).buffer);
    return {
      nodes: [
        { name: 'x', op: 'Placeholder' },
        { name: 'm', op: 'Const' },
        { name: 'b', op: 'Const' },
        { name: 'c', op: 'Const' },
        { name: 't', op: 'Tile', input: ['x', 'm'] },
        { name: 'u', op: 'BatchToSpaceND', input: ['t', 'b', 'c'] },
        ...after,
      ],
      tensors: [
        { spec: { name: 'm', shape: [4], dtype: 'int32' }, data: int32([4, 1, 1, 1]) },
        { spec: { name: 'b', shape: [2], dtype: 'int32' }, data: int32([2, 2]) },
        { spec: { name: 'c', shape: [2, 2], dtype: 'int32' }, data: int32(crops) },
      ],
    };
  }

  it('leaves a pair alone when its constants are not a plain 2× nearest upsampling', () => {
    const graph = pairGraph([0, 1, 0, 0]);
    expect(fuseNearestUpsampling(graph, 8)).toBe(graph);
  });

  it('refuses to guess a size when something after the upsampling may change it', () => {
    expect(() => fuseNearestUpsampling(pairGraph([0, 0, 0, 0], [{ name: 'p', op: 'MaxPool', input: ['u'] }]), 8)).toThrow(/MaxPool/);
  });
});
