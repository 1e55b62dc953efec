import type { MessageKey } from '../i18n/catalogue';
/**
 * Keyboard shortcuts. N, R, F and P work in every view; the rest only in presenter mode, where
 * the arrows steer the chosen slider instead of scrolling the page or nudging a focused control.
 * In a lesson, ← → (and a clicker's Page Up / Page Down) step through the lesson in every view,
 * except on a focused slider, which keeps its arrows; the chosen slider then moves with − and +.
 */
export type Shortcut =
  | { kind: 'newFace' | 'reset' | 'fullscreen' | 'play' | 'lock' | 'leave' | 'legend' }
  | { kind: 'choose'; index: number }
  | { kind: 'chooseNext'; by: 1 | -1 }
  | { kind: 'move'; by: number }
  | { kind: 'lessonStep'; by: 1 | -1 };

const EVERYWHERE: Record<string, Shortcut['kind']> = { n: 'newFace', r: 'reset', f: 'fullscreen', p: 'play' };
const PRESENTER: Record<string, Shortcut> = {
  l: { kind: 'lock' },
  k: { kind: 'legend' },
  '?': { kind: 'legend' },
  escape: { kind: 'leave' },
  arrowup: { kind: 'chooseNext', by: -1 },
  arrowdown: { kind: 'chooseNext', by: 1 },
};

/** What the legend lists in a lesson, in this order. */
export const LESSON_PRESENTER_KEYS: readonly { keys: string; action: MessageKey }[] = [
  { keys: '← →', action: 'keys.lessonStep' },
  { keys: '↑ ↓ 1–5', action: 'keys.choose' },
  { keys: '− +', action: 'keys.moveBy5' },
  { keys: 'L', action: 'keys.lock' },
  { keys: 'P', action: 'keys.play' },
  { keys: 'N', action: 'keys.newFace' },
  { keys: 'Esc', action: 'keys.leave' },
  { keys: 'K', action: 'keys.keys' },
];

/** What the legend lists, in this order. */
/** Each key's action is a message key: the legend shows it in the reader's language. */
export const PRESENTER_KEYS: readonly { keys: string; action: MessageKey }[] = [
  { keys: '↑ ↓ 1–5', action: 'keys.choose' },
  { keys: '← →', action: 'keys.move' },
  { keys: 'L', action: 'keys.lock' },
  { keys: 'P', action: 'keys.play' },
  { keys: 'N', action: 'keys.newFace' },
  { keys: 'R', action: 'keys.reset' },
  { keys: 'F', action: 'keys.fullscreen' },
  { keys: 'Esc', action: 'keys.leave' },
  { keys: 'K', action: 'keys.keys' },
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

const isSlider = (target: EventTarget | null) => (target as { type?: string } | null)?.type === 'range';

export function shortcutFor(event: KeyLike, presenting = false, inLesson = false): Shortcut | null {
  if (event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) return null;
  const key = event.key.toLowerCase();
  const everywhere = EVERYWHERE[key];
  if (everywhere) return { kind: everywhere } as Shortcut;
  if (inLesson) {
    if (key === 'pagedown' || key === 'pageup') return { kind: 'lessonStep', by: key === 'pagedown' ? 1 : -1 };
    if (key === 'arrowleft' || key === 'arrowright')
      return isSlider(event.target) ? null : { kind: 'lessonStep', by: key === 'arrowleft' ? -1 : 1 };
    if (presenting && (key === '-' || key === '+' || key === '=')) return { kind: 'move', by: key === '-' ? -5 : 5 };
  }
  if (!presenting) return null;
  if (key === 'arrowleft' || key === 'arrowright') return { kind: 'move', by: (key === 'arrowleft' ? -1 : 1) * (event.shiftKey ? 10 : 1) };
  if (/^[1-9]$/.test(key)) return { kind: 'choose', index: Number(key) - 1 };
  return PRESENTER[key] ?? null;
}
