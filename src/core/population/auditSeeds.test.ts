import { describe, expect, it } from 'vitest';
import { AUDIT_FACE_SEED_LIMIT, auditFaceSeeds, clampAuditSize } from './auditSeeds';

describe('auditFaceSeeds', () => {
  it('gives the same seeds for the same audit seed, and other seeds for another', () => {
    expect(auditFaceSeeds(12345, 50)).toEqual(auditFaceSeeds(12345, 50));
    expect(auditFaceSeeds(12346, 50)).not.toEqual(auditFaceSeeds(12345, 50));
  });

  it('pins the sequence, so links made today reproduce tomorrow', () => {
    expect(auditFaceSeeds(1, 3)).toEqual([709366575, 1107812021, 1512726096]);
  });

  it('makes a shorter or resumed audit a part of the whole one', () => {
    const whole = auditFaceSeeds(777, 200);
    expect(auditFaceSeeds(777, 60)).toEqual(whole.slice(0, 60));
    expect(auditFaceSeeds(777, 140, 60)).toEqual(whole.slice(60));
  });

  it('stays below the fit seeds, as whole distinct numbers', () => {
    const seeds = auditFaceSeeds(4_294_967_295, 1000);
    for (const s of seeds) {
      expect(Number.isInteger(s)).toBe(true);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThan(AUDIT_FACE_SEED_LIMIT);
    }
    expect(new Set(seeds).size).toBe(seeds.length);
  });
});

describe('clampAuditSize', () => {
  it('keeps N between 50 and 1000, whole', () => {
    expect(clampAuditSize(10)).toBe(50);
    expect(clampAuditSize(5000)).toBe(1000);
    expect(clampAuditSize(123.6)).toBe(124);
    expect(clampAuditSize(NaN)).toBe(200);
  });
});
