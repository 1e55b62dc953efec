/**
 * Where the generator's files come from: fetched from the site (through the service worker once
 * it controls the page), verified by the loader, and put into the offline weights cache.
 */
import { sha256Hex, type ReadFile } from '../core/modelFiles';
import type { Message } from '../i18n/catalogue';
import { count } from '../i18n/values';
import { fetchBytes, takeEarlyRead } from './earlyReads';
import { keptWeightFile, offlineWeights, WEIGHTS_CACHE_PREFIX, type OfflineWeights } from './offlineWeightsInfo';

/** Reads model files relative to the model folder: a response already under way, or a new fetch. */
export function fetchFrom(base: URL): ReadFile {
  return (path) => {
    const url = new URL(path, base);
    return takeEarlyRead(url) ?? fetchBytes(url);
  };
}

/**
 * Puts the weight files just loaded and verified into the service worker's weights cache. On a
 * first visit the download starts before the worker controls the page; storing these bytes
 * makes the site work offline without fetching the weights a second time.
 */
export async function keepWeightsOffline(
  files: ReadonlyMap<string, ArrayBuffer>,
  modelBase: URL,
  siteRoot: URL,
  kept: OfflineWeights = offlineWeights,
): Promise<Message | null> {
  // Dev servers have no service worker; other models (?model=) are not kept.
  if (!import.meta.env.PROD || typeof caches === 'undefined') return null;
  const entries = [...files].filter(([path]) => keptWeightFile(new URL(path, modelBase), siteRoot, kept) !== null);
  const manifest = files.get('manifest.json');
  // The loader checked every file against the served manifest; this ties that manifest to the build.
  if (!manifest || (await sha256Hex(manifest)) !== kept.sha256['manifest.json']) return null;
  try {
    const cache = await caches.open(kept.cacheName);
    for (const [path, data] of entries) {
      const url = new URL(path, modelBase);
      if (await cache.match(url)) continue;
      const type = path.endsWith('.json') ? 'application/json' : 'application/octet-stream';
      await cache.put(url, new Response(data, { headers: { 'Content-Type': type, 'Content-Length': String(data.byteLength) } }));
    }
  } catch (error) {
    // Storage full or denied: the site still works online; the user is told offline use will not.
    const why: Message | string =
      error instanceof DOMException && error.name === 'QuotaExceededError' ? { key: 'engine.storageFull' } : String(error);
    const megabytes = Math.round(entries.reduce((n, [, data]) => n + data.byteLength, 0) / 1e6);
    return { key: 'engine.notKeptOffline', params: { why, megabytes: count(megabytes) } };
  }
  return null;
}

/**
 * Drops a file from every weights cache. A file that failed its checksum may be a stale copy the
 * service worker serves cache-first (an older model version): Retry must reach the server.
 */
export async function forgetOfflineCopy(url: URL): Promise<void> {
  if (typeof caches === 'undefined') return;
  const names = (await caches.keys()).filter((name) => name.startsWith(WEIGHTS_CACHE_PREFIX));
  await Promise.all(names.map(async (name) => (await caches.open(name)).delete(url)));
}

/** Wraps a model reader so that, once the loader has verified everything, `keep` stores it. */
export function keepingForOffline(
  read: ReadFile,
  modelBase: URL,
  siteRoot: URL,
  kept: OfflineWeights = offlineWeights,
): { read: ReadFile; keep: () => Promise<Message | null> } {
  const files = new Map<string, ArrayBuffer>();
  return {
    read: async (path) => {
      const data = await read(path);
      files.set(path, data);
      return data;
    },
    keep: () => keepWeightsOffline(files, modelBase, siteRoot, kept),
  };
}
