/**
 * Fault injection for the test server: make a named file 404, fail with 500, arrive truncated,
 * arrive corrupted (same length, so only the checksum can tell) or break off mid-download (drop),
 * to test the app's error view.
 *
 * A fault names a file by its last path segments ("group1-shard3of11.bin" or
 * "float16/model.json") and comes from one of:
 *  - the cookie `fe-faults` or header `x-fe-faults`: "kind:file,kind:file" (per browser context,
 *    so parallel tests do not see each other's faults);
 *  - POST /__test__/faults?kind=404&file=NAME[&times=N] (server-wide; DELETE clears, GET lists).
 */
export const FAULT_KINDS = ['404', '500', 'corrupt', 'truncate', 'drop'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];
export const FAULT_COOKIE = 'fe-faults';
export const FAULT_HEADER = 'x-fe-faults';

export interface Fault {
  kind: FaultKind;
  file: string;
  /** Server-wide faults only: how many more responses to spoil; undefined means until cleared. */
  remaining?: number;
}

const isFaultKind = (value: string): value is FaultKind => (FAULT_KINDS as readonly string[]).includes(value);

/** Parses "kind:file,kind:file"; throws on anything else so a typo in a test fails loudly. */
export function parseFaultList(text: string): Fault[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const colon = item.indexOf(':');
      const kind = item.slice(0, colon);
      const file = item.slice(colon + 1);
      if (colon < 0 || !isFaultKind(kind) || !file)
        throw new Error(`bad fault "${item}": want kind:file, kind one of ${FAULT_KINDS.join('|')}`);
      return { kind, file };
    });
}

export function formatFaultList(faults: readonly Fault[]): string {
  return faults.map((f) => `${f.kind}:${f.file}`).join(',');
}

export function faultMatches(fault: Fault, pathname: string): boolean {
  const file = fault.file.replace(/^\/+/, '');
  return pathname === `/${file}` || pathname.endsWith(`/${file}`);
}

/** Same length, different bytes: spread flips so a partial check of any region still fails. */
export function corrupt(data: Uint8Array): Uint8Array {
  const out = data.slice();
  const flips = Math.min(16, out.length);
  for (let i = 0; i < flips; i++) {
    const at = Math.floor(((i + 0.5) * out.length) / flips);
    out[at] = out[at]! ^ 0xff;
  }
  return out;
}

export function truncate(data: Uint8Array): Uint8Array {
  return data.slice(0, Math.floor(data.length / 2));
}

/** Server-wide faults, set through /__test__/faults. */
export class FaultRegistry {
  private faults: Fault[] = [];

  add(fault: Fault): void {
    this.faults.push(fault);
  }

  clear(): void {
    this.faults = [];
  }

  list(): readonly Fault[] {
    return this.faults;
  }

  /** The first live fault for a path, counting one use of it. */
  take(pathname: string): Fault | undefined {
    const fault = this.faults.find((f) => faultMatches(f, pathname));
    if (fault?.remaining !== undefined && --fault.remaining <= 0) {
      this.faults = this.faults.filter((f) => f !== fault);
    }
    return fault;
  }
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}
