/**
 * Cross-origin isolation: the two response headers that let a page share memory between
 * threads (SharedArrayBuffer), which tfjs's threaded WASM build needs. One list for every place
 * that sends them: the dev and preview servers (vite.config.ts), the test server
 * (scripts/build/serve-static.ts), hosts that read public/_headers, and the service worker
 * (src/sw.ts), which adds them for hosts that cannot send headers.
 *
 * require-corp rather than credentialless: every request goes to this site, so nothing needs a
 * Cross-Origin-Resource-Policy, and Safari supports only require-corp.
 */
export const ISOLATION_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/**
 * The response with the isolation headers it lacks (a header the host sent is kept as sent).
 * Opaque responses (status 0) cannot be rebuilt and need none: they come back as they are.
 */
export function withIsolationHeaders(response: Response): Response {
  if (response.status === 0) return response;
  const missing = Object.entries(ISOLATION_HEADERS).filter(([name]) => !response.headers.has(name));
  if (missing.length === 0) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of missing) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
