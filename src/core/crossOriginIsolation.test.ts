import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISOLATION_HEADERS, withIsolationHeaders } from './crossOriginIsolation';

describe('withIsolationHeaders', () => {
  it('adds both headers and keeps the status, the other headers and the body', async () => {
    const original = new Response('hello', { status: 404, statusText: 'Not Found', headers: { 'Content-Type': 'text/plain' } });
    const isolated = withIsolationHeaders(original);
    expect(isolated.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
    expect(isolated.headers.get('Cross-Origin-Embedder-Policy')).toBe('require-corp');
    expect(isolated.headers.get('Content-Type')).toBe('text/plain');
    expect([isolated.status, isolated.statusText]).toEqual([404, 'Not Found']);
    expect(await isolated.text()).toBe('hello');
  });

  it('keeps what the host sent and returns a response that needs nothing as it is', () => {
    const credentialless = new Response('x', { headers: { 'Cross-Origin-Embedder-Policy': 'credentialless' } });
    expect(withIsolationHeaders(credentialless).headers.get('Cross-Origin-Embedder-Policy')).toBe('credentialless');
    const complete = new Response('x', { headers: { ...ISOLATION_HEADERS } });
    expect(withIsolationHeaders(complete)).toBe(complete);
  });

  it('leaves an opaque response alone (it cannot be rebuilt)', () => {
    const opaque = Response.error();
    expect(withIsolationHeaders(opaque)).toBe(opaque);
  });

  it('a response without a body stays without one', () => {
    const empty = withIsolationHeaders(new Response(null, { status: 204 }));
    expect([empty.status, empty.body]).toEqual([204, null]);
  });
});

describe('public/_headers', () => {
  it('sends the same headers to every path, for hosts that read a headers file', () => {
    const text = readFileSync(resolve(import.meta.dirname, '../../public/_headers'), 'utf8');
    const lines = text.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));
    expect(lines[0]).toBe('/*');
    for (const [name, value] of Object.entries(ISOLATION_HEADERS)) expect(lines).toContain(`  ${name}: ${value}`);
  });
});
