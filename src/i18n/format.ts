/** Fills a message's `{name}` placeholders. Plain TypeScript, so core modules and tests can use it. */
export type Params = Record<string, string | number>;

const PLACEHOLDER = /\{(\w+)\}/g;

export function fill(template: string, params: Params = {}): string {
  // A placeholder without a value stays visible, so a missing parameter is seen, not hidden.
  return template.replace(PLACEHOLDER, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The placeholder names of a message, sorted: the same for a key in every language. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();
}
