/**
 * The served weights the service worker keeps for offline use. The build derives it from the
 * model's manifest (scripts/build/offlineWeights.ts) and defines it as __OFFLINE_WEIGHTS__ in
 * both the app and the service worker, so they agree on the cache without fetching anything.
 */
export interface OfflineWeights {
  /** Versioned by a hash of every file's sha256: a new model gets a new cache. */
  cacheName: string;
  /** Relative to the site root, with a trailing slash. */
  folder: string;
  /** sha256 (hex) of each file in the folder, by file name. */
  sha256: Record<string, string>;
}

export const WEIGHTS_CACHE_PREFIX = 'face-explorer-weights-';

declare const __OFFLINE_WEIGHTS__: OfflineWeights;
declare const __OFFLINE_UPSCALER__: OfflineWeights;

const none: OfflineWeights = { cacheName: `${WEIGHTS_CACHE_PREFIX}none`, folder: '', sha256: {} };
export const offlineWeights: OfflineWeights = typeof __OFFLINE_WEIGHTS__ === 'undefined' ? none : __OFFLINE_WEIGHTS__;
/** The HD pass's upscaler, kept the same way in a cache of its own. */
export const offlineUpscaler: OfflineWeights = typeof __OFFLINE_UPSCALER__ === 'undefined' ? none : __OFFLINE_UPSCALER__;

/** The file name when `url` is one of the kept weight files under `siteRoot`, else null. */
export function keptWeightFile(url: URL, siteRoot: URL, info: OfflineWeights = offlineWeights): string | null {
  if (!info.folder) return null;
  const folder = new URL(info.folder, siteRoot).href;
  if (!url.href.startsWith(folder) || url.search) return null;
  const name = url.href.slice(folder.length);
  return Object.hasOwn(info.sha256, name) ? name : null;
}
