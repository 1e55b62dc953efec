import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offlineWeightsFor } from './offlineWeights';

const FOLDER = 'models/m/float16/';

function repoWith(shardSha: string): string {
  const repo = mkdtempSync(join(tmpdir(), 'offline-weights-'));
  mkdirSync(join(repo, FOLDER), { recursive: true });
  const manifest = {
    modelJson: { path: 'model.json', bytes: 1, sha256: 'aa' },
    shards: [{ path: 'group1-shard1of1.bin', bytes: 1, sha256: shardSha }],
  };
  writeFileSync(join(repo, FOLDER, 'manifest.json'), JSON.stringify(manifest));
  return repo;
}

describe('offlineWeightsFor', () => {
  it('lists every served file with its sha256, the manifest included', () => {
    const info = offlineWeightsFor(repoWith('bb'), FOLDER);
    expect(info.folder).toBe(FOLDER);
    expect(Object.keys(info.sha256)).toEqual(['manifest.json', 'model.json', 'group1-shard1of1.bin']);
    expect(info.sha256['group1-shard1of1.bin']).toBe('bb');
    expect(info.cacheName).toMatch(/^face-explorer-weights-[0-9a-f]{16}$/);
  });

  it('names a new cache when any checksum changes, and the same cache when none does', () => {
    const first = offlineWeightsFor(repoWith('bb'), FOLDER).cacheName;
    expect(offlineWeightsFor(repoWith('bb'), FOLDER).cacheName).toBe(first);
    expect(offlineWeightsFor(repoWith('cc'), FOLDER).cacheName).not.toBe(first);
  });

  it('keeps nothing when the weights have not been generated', () => {
    const info = offlineWeightsFor(mkdtempSync(join(tmpdir(), 'offline-weights-')), FOLDER);
    expect(info.sha256).toEqual({});
  });
});
