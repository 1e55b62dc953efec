import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from './serve-static';

let site: string;
let models: string;
let server: StaticServer;
const shard = Uint8Array.from({ length: 1000 }, (_, i) => i % 251);

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'serve-static-'));
  models = join(site, '..', `${site.split('/').pop()}-models`);
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>site</title>');
  mkdirSync(join(site, 'assets'));
  writeFileSync(join(site, 'assets', 'app.js'), 'export {};');
  writeFileSync(join(site, 'assets', 'ort.wasm'), new Uint8Array([0, 97, 115, 109]));
  writeFileSync(join(site, 'site.webmanifest'), '{}');
  mkdirSync(join(models, 'm'), { recursive: true });
  writeFileSync(join(models, 'm', 'group1-shard1of1.bin'), shard);
  writeFileSync(join(models, 'm', 'model.json'), '{"a":1}');
  server = await startStaticServer({ port: 0, root: site, modelsDir: models, base: '/face-explorer/' });
});

afterAll(async () => {
  await server.close();
  rmSync(site, { recursive: true, force: true });
  rmSync(models, { recursive: true, force: true });
});

const get = (path: string, init?: RequestInit) => fetch(server.origin + path, { redirect: 'manual', ...init });
const bytes = async (response: Response) => new Uint8Array(await response.arrayBuffer());

describe('serve-static', () => {
  it('serves the site under its sub-path only, with MIME types and no caching', async () => {
    const index = await get('/face-explorer/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    expect(index.headers.get('cache-control')).toBe('no-store');
    expect((await get('/face-explorer/assets/app.js')).headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await get('/face-explorer/assets/ort.wasm')).headers.get('content-type')).toBe('application/wasm');
    expect((await get('/face-explorer/site.webmanifest')).headers.get('content-type')).toBe('application/manifest+json');
    expect((await get('/assets/app.js')).status).toBe(404);
    expect((await get('/')).headers.get('location')).toBe('/face-explorer/');
  });

  it('makes every response cross-origin isolated, unless the not-isolated cookie asks for a host without headers', async () => {
    for (const path of ['/face-explorer/', '/face-explorer/assets/app.js', '/face-explorer/models/m/model.json', '/face-explorer/nope']) {
      const response = await get(path);
      expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(response.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
    }
    const plain = await get('/face-explorer/', { headers: { cookie: 'not-isolated=1' } });
    expect(plain.status).toBe(200);
    expect(plain.headers.get('cross-origin-embedder-policy')).toBeNull();
  });

  it('falls back to the models folder and refuses traversal', async () => {
    const response = await get('/face-explorer/models/m/group1-shard1of1.bin');
    expect(await bytes(response)).toEqual(shard);
    expect((await get('/face-explorer/models/m/model.json')).headers.get('content-type')).toBe('application/json');
    expect((await get('/face-explorer/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
    expect((await get('/face-explorer/models/..%2f..%2fetc%2fpasswd')).status).toBe(404);
  });

  it('injects per-request faults from the cookie', async () => {
    const path = '/face-explorer/models/m/group1-shard1of1.bin';
    const cookie = (value: string) => ({ headers: { cookie: `fe-faults=${encodeURIComponent(value)}` } });
    expect((await get(path, cookie('404:group1-shard1of1.bin'))).status).toBe(404);
    expect((await get(path, cookie('500:m/group1-shard1of1.bin'))).status).toBe(500);
    const corrupted = await bytes(await get(path, cookie('corrupt:group1-shard1of1.bin')));
    expect(corrupted.length).toBe(shard.length);
    expect(corrupted).not.toEqual(shard);
    expect((await bytes(await get(path, cookie('truncate:group1-shard1of1.bin')))).length).toBe(500);
    expect((await get(path, cookie('404:model.json'))).status).toBe(200);
    expect((await get(path, cookie('explode:x'))).status).toBe(500);
  });

  it('injects server-wide faults, optionally a number of times', async () => {
    const path = '/face-explorer/models/m/model.json';
    expect((await get('/__test__/faults?kind=404&file=model.json&times=1', { method: 'POST' })).status).toBe(200);
    expect((await get(path)).status).toBe(404);
    expect((await get(path)).status).toBe(200);
    await get('/__test__/faults?kind=corrupt&file=model.json', { method: 'POST' });
    expect(await (await get('/__test__/faults')).json()).toMatchObject({ faults: [{ kind: 'corrupt', file: 'model.json' }] });
    expect(await (await get(path)).text()).not.toBe('{"a":1}');
    await get('/__test__/faults', { method: 'DELETE' });
    expect(await (await get(path)).text()).toBe('{"a":1}');
  });

  it('serves the tiny model and tfjs WASM binaries as fixtures', async () => {
    const manifest = await (await get('/__test__/tiny-model/manifest.json')).json();
    expect(manifest).toMatchObject({ name: 'tiny-test', latentSize: 8 });
    const wasm = await get('/__test__/wasm/tfjs-backend-wasm-simd.wasm');
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    expect((await get('/__test__/wasm/../package.json')).status).toBe(404);
    expect((await get('/__test__/nope.html')).status).toBe(404);
  });
});
