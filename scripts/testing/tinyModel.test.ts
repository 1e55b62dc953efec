import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FaceGenerator } from '../../src/core/generator';
import { latentFromSeed } from '../../src/core/latent';
import { createHash } from 'node:crypto';
import type { ModelManifest } from '../../src/core/manifest';
import { loadModelFiles, ModelFileError, SHARDS_AT_ONCE, type ReadFile } from '../../src/core/modelFiles';
import { buildTinyModel } from './tinyModel';
import { TINY_LATENT_SIZE, TINY_OUTPUT_SHAPE } from './tinyShape';

function readerFor(files: Map<string, Uint8Array>): ReadFile {
  return async (path) => {
    const data = files.get(path);
    if (!data) throw new Error('404 Not Found');
    return data.slice().buffer as ArrayBuffer;
  };
}

/** The model's files with one file replaced, as a broken server or cache would serve them. */
function withFile(name: string, data: Uint8Array): Map<string, Uint8Array> {
  return new Map(buildTinyModel()).set(name, data);
}

async function loadError(files: Map<string, Uint8Array>): Promise<ModelFileError> {
  const error = await loadModelFiles(readerFor(files)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ModelFileError);
  return error as ModelFileError;
}

describe('tiny test model', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('is deterministic', () => {
    const a = buildTinyModel();
    const b = buildTinyModel();
    for (const [name, data] of a) expect(Buffer.compare(data, b.get(name)!)).toBe(0);
  });

  it('loads through the manifest and draws [N,8,8,3] faces in [0,1]', async () => {
    const files = await loadModelFiles(readerFor(buildTinyModel()));
    expect(files.manifest.latentSize).toBe(TINY_LATENT_SIZE);
    const generator = await FaceGenerator.create(files.artifacts, files.manifest);
    const latents = [0, 1, 2].map((seed) => latentFromSeed(seed, TINY_LATENT_SIZE));
    const faces = generator.generateFrom(latents);
    expect(faces.shape).toEqual([3, ...TINY_OUTPUT_SHAPE]);
    const values = Float32Array.from(await faces.data());
    faces.dispose();
    generator.dispose();
    const min = values.reduce((a, b) => Math.min(a, b));
    const max = values.reduce((a, b) => Math.max(a, b));
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThanOrEqual(1);
    // A degenerate model (all clipped, or constant) would make agreement tests meaningless.
    const inside = values.filter((v) => v > 0 && v < 1).length;
    expect(inside / values.length).toBeGreaterThan(0.5);
    expect(max - min).toBeGreaterThan(0.3);
  });

  it('draws 64 px faces when asked, large enough for the live readout', async () => {
    const files = await loadModelFiles(readerFor(buildTinyModel(undefined, 64)));
    expect(files.manifest.outputShape).toEqual([64, 64, 3]);
    const generator = await FaceGenerator.create(files.artifacts, files.manifest);
    const faces = generator.generateFrom([latentFromSeed(1, TINY_LATENT_SIZE)]);
    expect(faces.shape).toEqual([1, 64, 64, 3]);
    const values = Float32Array.from(await faces.data());
    faces.dispose();
    generator.dispose();
    expect(values.reduce((a, b) => Math.max(a, b)) - values.reduce((a, b) => Math.min(a, b))).toBeGreaterThan(0.3);
    expect(() => buildTinyModel(undefined, 12)).toThrow(/power of 2/);
  });

  it('batches like single faces (Tile+BatchToSpaceND keeps rows apart)', async () => {
    const files = await loadModelFiles(readerFor(buildTinyModel()));
    const generator = await FaceGenerator.create(files.artifacts, files.manifest);
    const latents = [5, 6].map((seed) => latentFromSeed(seed, TINY_LATENT_SIZE));
    const batch = Float32Array.from(await generator.generateFrom(latents).data());
    const second = Float32Array.from(await generator.generateFrom([latents[1]!]).data());
    generator.dispose();
    const perFace = second.length;
    const diff = second.reduce((m, v, i) => Math.max(m, Math.abs(v - batch[perFace + i]!)), 0);
    expect(diff).toBeLessThan(1e-5);
  });

  it('names a shard of the wrong size', async () => {
    const shard = buildTinyModel().get('group1-shard1of1.bin')!;
    const error = await loadError(withFile('group1-shard1of1.bin', shard.slice(0, shard.length - 4)));
    expect(error.file).toBe('group1-shard1of1.bin');
    expect(error.message).toMatch(/group1-shard1of1\.bin: expected \d+ bytes, got \d+/);
  });

  it('names a corrupt shard of the right size', async () => {
    const shard = buildTinyModel().get('group1-shard1of1.bin')!.slice();
    shard[100] = shard[100]! ^ 0xff;
    const error = await loadError(withFile('group1-shard1of1.bin', shard));
    expect(error.file).toBe('group1-shard1of1.bin');
    expect(error.message).toMatch(/checksum mismatch/);
  });

  it('names the shard of an entropy-coded model that cannot be decoded where checksums cannot run', async () => {
    const files = buildTinyModel(undefined, undefined, { storage: 'entropy-coded' });
    const shard = files.get('group1-shard1of1.bin')!.slice();
    // Past gzip's 10-byte header: the compressed data itself.
    for (let i = 20; i < 60; i++) shard[i] = 0xff;
    const error = await loadModelFiles(readerFor(new Map(files).set('group1-shard1of1.bin', shard)), { verifyChecksums: false }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ModelFileError);
    expect((error as ModelFileError).file).toBe('group1-shard1of1.bin');
    expect((error as ModelFileError).message).toMatch(/the weights could not be decoded/);
  });

  it('draws from entropy-coded weights what it draws from float32, within the steps', async () => {
    const draw = async (storage: 'float32' | 'entropy-coded') => {
      const files = await loadModelFiles(readerFor(buildTinyModel(undefined, undefined, { storage })));
      const generator = await FaceGenerator.create(files.artifacts, files.manifest);
      const faces = generator.generateFrom([latentFromSeed(5, TINY_LATENT_SIZE)]);
      const values = Float32Array.from(await faces.data());
      faces.dispose();
      generator.dispose();
      return values;
    };
    const exact = await draw('float32');
    const coded = await draw('entropy-coded');
    const mse = exact.reduce((sum, v, i) => sum + (v - coded[i]!) ** 2, 0) / exact.length;
    expect(mse).toBeGreaterThan(0);
    expect(10 * Math.log10(1 / mse)).toBeGreaterThan(45);
  });

  it('fetches shards a few at a time in manifest order, and decodes them split anywhere', async () => {
    const files = new Map(buildTinyModel());
    const manifest = JSON.parse(Buffer.from(files.get('manifest.json')!).toString()) as ModelManifest;
    // The one shard cut into five, as prepare-model cuts the real weights.
    const whole = files.get(manifest.shards[0]!.path)!;
    const cut = Math.ceil(whole.length / 5);
    manifest.shards = Array.from({ length: 5 }, (_, i) => {
      const data = whole.slice(i * cut, (i + 1) * cut);
      files.set(`piece${i}.bin`, data);
      return { path: `piece${i}.bin`, bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') };
    });
    files.set('manifest.json', new Uint8Array(Buffer.from(JSON.stringify(manifest))));
    const started: string[] = [];
    let inFlight = 0;
    let most = 0;
    const loaded = await loadModelFiles(async (path) => {
      if (path.startsWith('piece')) {
        started.push(path);
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight--;
      }
      return files.get(path)!.slice().buffer as ArrayBuffer;
    });
    expect(started).toEqual(['piece0.bin', 'piece1.bin', 'piece2.bin', 'piece3.bin', 'piece4.bin']);
    expect(most).toBe(SHARDS_AT_ONCE);
    const reference = await loadModelFiles(readerFor(buildTinyModel()));
    expect(new Uint8Array(loaded.artifacts.weightData as ArrayBuffer)).toEqual(
      new Uint8Array(reference.artifacts.weightData as ArrayBuffer),
    );
  });

  it('names a corrupt model.json', async () => {
    const json = buildTinyModel().get('model.json')!.slice();
    json[10] = json[10]! ^ 0x01;
    const error = await loadError(withFile('model.json', json));
    expect(error.message).toMatch(/^model\.json: checksum mismatch/);
  });

  it('names a missing file', async () => {
    const files = new Map(buildTinyModel());
    files.delete('group1-shard1of1.bin');
    const error = await loadError(files);
    expect(error.message).toBe('group1-shard1of1.bin: 404 Not Found');
  });
});
