/**
 * The audit's part of the link: `audit=<seed>` and `auditN=<faces>`. Kept apart from
 * urlState.ts, whose writer leaves parameters it does not own as they are, so the session's
 * writes and the audit's never undo each other.
 */
import { parseSeed } from '../core/latent';
import { AUDIT_SIZE, clampAuditSize } from '../core/population/auditSeeds';
import { message, type Message } from '../i18n/catalogue';
import type { AddressBar } from './urlWriter';

export interface AuditLink {
  seed: number | null;
  size: number | null;
  /** What was wrong and what was used instead, for a notice. */
  problems: Message[];
}

export function parseAuditLink(search: string): AuditLink {
  const params = new URLSearchParams(search);
  const link: AuditLink = { seed: null, size: null, problems: [] };
  const seedText = params.get('audit');
  if (seedText !== null) {
    const seed = parseSeed(seedText);
    if (seed.ok) link.seed = seed.seed;
    else link.problems.push(message('link.auditSeed', { reason: seed.reason }));
  }
  const sizeText = params.get('auditN');
  if (sizeText !== null) {
    const size = Number(sizeText);
    if (sizeText.trim() === '' || !Number.isFinite(size)) {
      link.problems.push(message('link.auditSizeNaN', { value: sizeText, used: AUDIT_SIZE.default }));
    } else {
      link.size = clampAuditSize(size);
      if (link.size !== size)
        link.problems.push(
          message('link.auditSizeClamped', { value: sizeText, min: AUDIT_SIZE.min, max: AUDIT_SIZE.max, used: link.size }),
        );
    }
  }
  return link;
}

/** The query with the audit's seed and size set, every other parameter as it was. */
export function withAuditLink(search: string, audit: { seed: number; size: number }): string {
  const params = new URLSearchParams(search);
  params.set('audit', String(audit.seed));
  params.set('auditN', String(audit.size));
  return `?${params.toString().replaceAll('%2C', ',')}`;
}

/** Replaces the current history entry's query with the audit's. */
export function writeAuditLink(page: AddressBar, audit: { seed: number; size: number }): void {
  const { location, history } = page;
  const search = withAuditLink(location.search, audit);
  if (search !== location.search) history.replaceState(null, '', `${location.pathname}${search}${location.hash}`);
}
