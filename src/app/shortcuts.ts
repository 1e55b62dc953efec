/** Presenter keyboard shortcuts; arrow keys are left to the focused slider itself. */
export type ShortcutAction = 'newFace' | 'reset' | 'fullscreen' | 'play';

const KEYS: Record<string, ShortcutAction> = { n: 'newFace', r: 'reset', f: 'fullscreen', p: 'play' };

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}

/** Typing in a text field (the seed) must never trigger a shortcut. */
function isTextEntry(target: EventTarget | null): boolean {
  const el = target as { tagName?: string; type?: string; isContentEditable?: boolean } | null;
  if (!el?.tagName) return false;
  if (el.isContentEditable) return true;
  if (el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  return el.tagName === 'INPUT' && !['range', 'checkbox', 'radio', 'button'].includes(el.type ?? 'text');
}

export function shortcutFor(event: KeyLike): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) return null;
  return KEYS[event.key.toLowerCase()] ?? null;
}
