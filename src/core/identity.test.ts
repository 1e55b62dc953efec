import { describe, expect, it } from 'vitest';
import { translateText } from '../i18n/catalogue';
import { describeIdentity, descriptorDistance, identityDistance, identityVerdict, SAME_PERSON_THRESHOLD } from './identity';

/** A 128-d descriptor that is `base` everywhere except the given entries. */
function descriptor(base: number, changes: Record<number, number> = {}): Float32Array {
  const d = new Float32Array(128).fill(base);
  for (const [i, v] of Object.entries(changes)) d[Number(i)] = v;
  return d;
}

describe('descriptorDistance', () => {
  it('is Euclidean: a 3-4-5 triangle', () => {
    expect(descriptorDistance(descriptor(0.1), descriptor(0.1, { 0: 0.4, 7: 0.5 }))).toBeCloseTo(0.5, 6);
  });

  it('is zero for the same descriptor and symmetric', () => {
    const a = descriptor(-0.05, { 3: 0.2, 90: -0.11 });
    const b = descriptor(0.02, { 5: 0.3 });
    expect(descriptorDistance(a, a)).toBe(0);
    expect(descriptorDistance(a, b)).toBeCloseTo(descriptorDistance(b, a), 12);
  });

  it('refuses descriptors of different lengths', () => {
    expect(() => descriptorDistance(new Float32Array(128), new Float32Array(127))).toThrow(/differ in length/);
  });
});

describe('identityVerdict', () => {
  it("uses face-api's FaceMatcher threshold, 0.6, with a distance at the threshold counted as different", () => {
    expect(SAME_PERSON_THRESHOLD).toBe(0.6);
    expect(identityVerdict(0.59)).toBe('same');
    expect(identityVerdict(0.6)).toBe('different');
    expect(identityVerdict(0.9)).toBe('different');
    expect(identityVerdict(0.45, 0.4)).toBe('different');
  });

  it('reads known descriptors: a small change is the same person, a large one a different person', () => {
    const original = descriptor(0.05);
    const nearby = descriptor(0.05, { 1: 0.25, 2: -0.15 }); // distance √(0.2² + 0.2²) ≈ 0.28
    const far = descriptor(0.05, { 1: 0.55, 2: -0.45 }); // ≈ 0.71
    expect(describeIdentity(descriptorDistance(original, nearby))).toEqual({
      key: 'report.identity.distance',
      params: { distance: { decimal: '0.28' }, verdict: { key: 'verdict.same' } },
    });
    expect(translateText('en', describeIdentity(descriptorDistance(original, nearby)))).toBe('0.28 · likely the same person');
    expect(translateText('en', describeIdentity(descriptorDistance(original, far)))).toBe('0.71 · a different person');
  });
});

describe('identityDistance', () => {
  it('is null when either face has no descriptor', () => {
    expect(identityDistance(null, descriptor(0))).toBeNull();
    expect(identityDistance(descriptor(0), undefined)).toBeNull();
    expect(identityDistance(descriptor(0), descriptor(0))).toBe(0);
  });
});
