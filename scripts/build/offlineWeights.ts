/**
 * What the service worker may keep of the served weights, derived at build time from the
 * model's manifest.json: the folder, each file's sha256, and a cache name that is a hash of
 * those checksums, so a new model version gets a new cache and the old one is deleted.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServedModelFiles } from '../../src/core/manifest';
import { WEIGHTS_CACHE_PREFIX, type OfflineWeights } from '../../src/engine/offlineWeightsInfo';

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/**
 * `folder` is relative to the site root, with a trailing slash (models/progan-128/float16/);
 * the repository mirrors the site there, so it is also relative to `repoRoot`.
 */
export function offlineWeightsFor(repoRoot: string, folder: string): OfflineWeights {
  const manifestPath = join(repoRoot, folder, 'manifest.json');
  if (!existsSync(manifestPath)) {
    // Dev servers and unit tests run without generated weights; nothing is cached then.
    return { cacheName: `${WEIGHTS_CACHE_PREFIX}missing`, folder, sha256: {} };
  }
  const manifestBytes = readFileSync(manifestPath);
  const manifest = JSON.parse(manifestBytes.toString('utf8')) as ServedModelFiles;
  const files: Record<string, string> = { 'manifest.json': sha256(manifestBytes) };
  for (const file of [manifest.modelJson, ...manifest.shards]) files[file.path] = file.sha256;
  const version = sha256(
    Object.entries(files)
      .map(([path, hash]) => `${path} ${hash}`)
      .join('\n'),
  );
  return { cacheName: `${WEIGHTS_CACHE_PREFIX}${version.slice(0, 16)}`, folder, sha256: files };
}
