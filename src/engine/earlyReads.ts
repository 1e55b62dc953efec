/**
 * A model's files requested before the engine is ready for them. The worker's first act on a
 * load is to start these requests, while tfjs (about 1.5 MB of script) is still being
 * evaluated; the loader then takes each response from here instead of asking again. Each
 * response is taken once, so a Retry fetches afresh.
 */
import pLimit from 'p-limit';
import { SHARDS_AT_ONCE } from '../core/modelFiles';

const early = new Map<string, Promise<ArrayBuffer>>();

/** Fetches one file, failing with the HTTP status: the loader's one way to the network. */
export async function fetchBytes(url: URL): Promise<ArrayBuffer> {
  // no-cache revalidates, so Retry after a corrupt download does not get the same bytes back.
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  return response.arrayBuffer();
}

function request(url: URL, inTurn: (fetch: () => Promise<ArrayBuffer>) => Promise<ArrayBuffer>): Promise<ArrayBuffer> {
  const pending = inTurn(() => fetchBytes(url));
  // Whoever takes the response sees its failure; until then it is nobody's to report.
  pending.catch(() => {});
  early.set(url.href, pending);
  return pending;
}

/** Starts fetching the manifest of the model at `base`, then every file it lists. */
export function readEarly(base: URL): void {
  const manifestUrl = new URL('manifest.json', base);
  if (early.has(manifestUrl.href)) return;
  void request(manifestUrl, (fetch) => fetch())
    .then((bytes) => {
      // In the loader's order and number at once (SHARDS_AT_ONCE); each is listed at once, so the
      // loader never asks for one twice.
      const inTurn = pLimit(SHARDS_AT_ONCE);
      const manifest = JSON.parse(new TextDecoder().decode(bytes)) as { modelJson?: { path?: unknown }; shards?: { path?: unknown }[] };
      // Only what a well-formed manifest lists: the loader itself reports anything else.
      for (const file of [manifest.modelJson, ...(manifest.shards ?? [])]) {
        if (typeof file?.path === 'string' && !file.path.includes('..')) request(new URL(file.path, base), inTurn);
      }
    })
    .catch(() => {});
}

/** The response started by `readEarly` for this file, once; undefined when there is none. */
export function takeEarlyRead(url: URL): Promise<ArrayBuffer> | undefined {
  const pending = early.get(url.href);
  early.delete(url.href);
  return pending;
}
