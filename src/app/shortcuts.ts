/**
 * Keyboard shortcuts. N, R, F and P work in every view; the rest only in presenter mode, where
 * the arrows steer the chosen slider instead of scrolling the page or nudging a focused control.
 */
export type Shortcut =
  | { kind: 'newFace' | 'reset' | 'fullscreen' | 'play' | 'lock' | 'leave' | 'legend' }
  | { kind: 'choose'; index: number }
  | { kind: 'chooseNext'; by: 1 | -1 }
  | { kind: 'move'; by: number };

const EVERYWHERE: Record<string, Shortcut['kind']> = { n: 'newFace', r: 'reset', f: 'fullscreen', p: 'play' };
const PRESENTER: Record<string, Shortcut> = {
  l: { kind: 'lock' },
  k: { kind: 'legend' },
  '?': { kind: 'legend' },
  escape: { kind: 'leave' },
  arrowup: { kind: 'chooseNext', by: -1 },
  arrowdown: { kind: 'chooseNext', by: 1 },
};

/** What the legend lists, in this order. */
export const PRESENTER_KEYS: readonly { keys: string; action: string }[] = [
  { keys: '↑ ↓ 1–5', action: 'choose slider' },
  { keys: '← →', action: 'move it (Shift: 10)' },
  { keys: 'L', action: 'lock it' },
  { keys: 'P', action: 'play / stop' },
  { keys: 'N', action: 'new face' },
  { keys: 'R', action: 'reset' },
  { keys: 'F', action: 'fullscreen' },
  { keys: 'Esc', action: 'leave' },
  { keys: 'K', action: 'keys' },
];

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey?: boolean;
  target: EventTarget | null;
}

/** Typing in a text field (the seed) or choosing in a list must never trigger a shortcut. */
function isTextEntry(target: EventTarget | null): boolean {
  const el = target as { tagName?: string; type?: string; isContentEditable?: boolean } | null;
  if (!el?.tagName) return false;
  if (el.isContentEditable) return true;
  if (el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  return el.tagName === 'INPUT' && !['range', 'checkbox', 'radio', 'button'].includes(el.type ?? 'text');
}

export function shortcutFor(event: KeyLike, presenting = false): Shortcut | null {
  if (event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) return null;
  const key = event.key.toLowerCase();
  const everywhere = EVERYWHERE[key];
  if (everywhere) return { kind: everywhere } as Shortcut;
  if (!presenting) return null;
  if (key === 'arrowleft' || key === 'arrowright') return { kind: 'move', by: (key === 'arrowleft' ? -1 : 1) * (event.shiftKey ? 10 : 1) };
  if (/^[1-9]$/.test(key)) return { kind: 'choose', index: Number(key) - 1 };
  return PRESENTER[key] ?? null;
}
