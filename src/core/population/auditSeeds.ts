/**
 * An audit's faces come from one audit seed: d3-random's seeded LCG (the one latent.ts uses)
 * gives face i's seed, so a link with the audit seed reproduces every face, and an audit cut
 * short is a prefix of the whole one.
 */
import { randomLcg } from 'd3-random';

/** Audit faces stay below the fit's seeds (scripts/fit/config.ts FIT_SEED_BASE), like every app seed. */
export const AUDIT_FACE_SEED_LIMIT = 3_000_000_000;

export const AUDIT_SIZE = { min: 50, max: 1000, default: 200 } as const;

export function clampAuditSize(n: number): number {
  if (!Number.isFinite(n)) return AUDIT_SIZE.default;
  return Math.min(AUDIT_SIZE.max, Math.max(AUDIT_SIZE.min, Math.round(n)));
}

/** Seeds of faces `start` … `start + count − 1` of the audit with this seed. */
export function auditFaceSeeds(auditSeed: number, count: number, start = 0): number[] {
  const next = randomLcg(auditSeed / 2 ** 32);
  for (let i = 0; i < start; i++) next();
  return Array.from({ length: count }, () => Math.floor(next() * AUDIT_FACE_SEED_LIMIT));
}
