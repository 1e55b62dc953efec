import { afterEach, describe, expect, it, vi } from 'vitest';
import { readEarly, takeEarlyRead } from './earlyReads';

const base = new URL('https://site.test/models/m/');
const manifest = { modelJson: { path: 'model.json' }, shards: [{ path: 'a.bin' }, { path: 'b.bin' }, { path: '../escape.bin' }] };

function serve(): string[] {
  const requested: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: URL) => {
      requested.push(url.href);
      const body = url.pathname.endsWith('manifest.json') ? JSON.stringify(manifest) : url.pathname;
      return new Response(body);
    }),
  );
  return requested;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('early reads', () => {
  it('requests the manifest, then every file it lists, and hands each response over once', async () => {
    const requested = serve();
    readEarly(base);
    const manifestBytes = await takeEarlyRead(new URL('manifest.json', base))!;
    expect(JSON.parse(new TextDecoder().decode(manifestBytes))).toEqual(manifest);
    await vi.waitFor(() => expect(requested).toHaveLength(4));
    expect(requested).toEqual([
      'https://site.test/models/m/manifest.json',
      'https://site.test/models/m/model.json',
      'https://site.test/models/m/a.bin',
      'https://site.test/models/m/b.bin',
    ]);
    expect(new TextDecoder().decode(await takeEarlyRead(new URL('a.bin', base))!)).toBe('/models/m/a.bin');
    // Taken once: a Retry fetches afresh.
    expect(takeEarlyRead(new URL('a.bin', base))).toBeUndefined();
    expect(takeEarlyRead(new URL('../escape.bin', base))).toBeUndefined();
  });

  it('passes a failed request to whoever takes it', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('gone', { status: 404, statusText: 'Not Found' })),
    );
    readEarly(new URL('https://other.test/m/'));
    await expect(takeEarlyRead(new URL('https://other.test/m/manifest.json'))!).rejects.toThrow('HTTP 404 Not Found');
  });
});
