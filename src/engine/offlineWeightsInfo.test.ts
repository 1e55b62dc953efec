import { describe, expect, it } from 'vitest';
import { keptWeightFile, type OfflineWeights } from './offlineWeightsInfo';

const info: OfflineWeights = { cacheName: 'face-explorer-weights-x', folder: 'models/m/', sha256: { 'manifest.json': 'a', 'g1.bin': 'b' } };
const site = new URL('https://example.org/face-explorer/');

describe('keptWeightFile', () => {
  it('names a listed file in the weights folder under the site', () => {
    expect(keptWeightFile(new URL('models/m/g1.bin', site), site, info)).toBe('g1.bin');
  });

  it('ignores other files, other folders, other sites and queries', () => {
    expect(keptWeightFile(new URL('models/m/other.bin', site), site, info)).toBeNull();
    expect(keptWeightFile(new URL('models/other/g1.bin', site), site, info)).toBeNull();
    expect(keptWeightFile(new URL('https://example.org/elsewhere/models/m/g1.bin'), site, info)).toBeNull();
    expect(keptWeightFile(new URL('models/m/g1.bin?x=1', site), site, info)).toBeNull();
  });

  it('keeps nothing when the build had no weights', () => {
    expect(keptWeightFile(new URL('models/m/g1.bin', site), site, { ...info, folder: '', sha256: {} })).toBeNull();
  });
});
