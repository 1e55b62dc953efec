/**
 * Where the generator's files come from: fetched from the site (through the service worker once
 * it controls the page), verified by the loader, and put into the offline weights cache.
 */
import { sha256Hex, type ReadFile } from '../core/modelFiles';
import { keptWeightFile, offlineWeights } from '../app/offlineWeightsInfo';

/** Fetches one model file relative to the model folder, failing with the HTTP status. */
export function fetchFrom(base: URL): ReadFile {
  return async (path) => {
    // no-cache revalidates, so Retry after a corrupt download does not get the same bytes back.
    const response = await fetch(new URL(path, base), { cache: 'no-cache' });
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
    return response.arrayBuffer();
  };
}

/**
 * Puts the weight files just loaded and verified into the service worker's weights cache. On a
 * first visit the download starts before the worker controls the page; storing these bytes
 * makes the site work offline without fetching the weights a second time.
 */
export async function keepWeightsOffline(files: ReadonlyMap<string, ArrayBuffer>, modelBase: URL, siteRoot: URL): Promise<void> {
  // Dev servers have no service worker; other models (?model=) are not kept.
  if (!import.meta.env.PROD || typeof caches === 'undefined') return;
  const entries = [...files].filter(([path]) => keptWeightFile(new URL(path, modelBase), siteRoot) !== null);
  const manifest = files.get('manifest.json');
  // The loader checked every file against the served manifest; this ties that manifest to the build.
  if (!manifest || (await sha256Hex(manifest)) !== offlineWeights.sha256['manifest.json']) return;
  try {
    const cache = await caches.open(offlineWeights.cacheName);
    for (const [path, data] of entries) {
      const url = new URL(path, modelBase);
      if (await cache.match(url)) continue;
      const type = path.endsWith('.json') ? 'application/json' : 'application/octet-stream';
      await cache.put(url, new Response(data, { headers: { 'Content-Type': type, 'Content-Length': String(data.byteLength) } }));
    }
  } catch (error) {
    // Storage full or denied: the site still works online, so this is only worth a log line.
    console.warn('Face Explorer: the weights could not be kept for offline use', error);
  }
}

/** Wraps a model reader so that, once the loader has verified everything, `keep` stores it. */
export function keepingForOffline(read: ReadFile, modelBase: URL, siteRoot: URL): { read: ReadFile; keep: () => Promise<void> } {
  const files = new Map<string, ArrayBuffer>();
  return {
    read: async (path) => {
      const data = await read(path);
      files.set(path, data);
      return data;
    },
    keep: () => keepWeightsOffline(files, modelBase, siteRoot),
  };
}
