import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyLike } from './shortcuts';

const key = (k: string, target: object | null = { tagName: 'BODY' }, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: target as EventTarget,
  ...mods,
});
const kind = (k: KeyLike, presenting = false) => shortcutFor(k, presenting)?.kind ?? null;

describe('shortcutFor', () => {
  it('maps N, R, F and P in either case, in every view', () => {
    expect(kind(key('n'))).toBe('newFace');
    expect(kind(key('R'))).toBe('reset');
    expect(kind(key('f'))).toBe('fullscreen');
    expect(kind(key('p'))).toBe('play');
    expect(kind(key('x'))).toBeNull();
  });

  it('works while a slider or checkbox has focus', () => {
    expect(kind(key('n', { tagName: 'INPUT', type: 'range' }))).toBe('newFace');
    expect(kind(key('p', { tagName: 'INPUT', type: 'checkbox' }))).toBe('play');
  });

  it('stays out of the way while typing, choosing in a list or with modifier keys', () => {
    expect(kind(key('n', { tagName: 'INPUT', type: 'text' }))).toBeNull();
    expect(kind(key('n', { tagName: 'INPUT' }))).toBeNull();
    expect(kind(key('r', { tagName: 'TEXTAREA' }))).toBeNull();
    expect(kind(key('ArrowDown', { tagName: 'SELECT' }), true)).toBeNull();
    expect(kind(key('r', { tagName: 'BODY' }, { ctrlKey: true }))).toBeNull();
    expect(kind(key('f', { tagName: 'BODY' }, { metaKey: true }))).toBeNull();
  });

  it('leaves arrows, digits, L, K and Escape alone outside presenter mode', () => {
    for (const k of ['ArrowLeft', 'ArrowUp', '1', 'l', 'k', 'Escape']) expect(kind(key(k))).toBeNull();
  });

  it('in presenter mode, chooses, moves, locks, leaves and toggles the legend', () => {
    expect(shortcutFor(key('ArrowUp'), true)).toEqual({ kind: 'chooseNext', by: -1 });
    expect(shortcutFor(key('ArrowDown'), true)).toEqual({ kind: 'chooseNext', by: 1 });
    expect(shortcutFor(key('3'), true)).toEqual({ kind: 'choose', index: 2 });
    expect(shortcutFor(key('ArrowLeft'), true)).toEqual({ kind: 'move', by: -1 });
    expect(shortcutFor(key('ArrowRight', { tagName: 'INPUT', type: 'range' }, { shiftKey: true }), true)).toEqual({ kind: 'move', by: 10 });
    expect(kind(key('L'), true)).toBe('lock');
    expect(kind(key('Escape'), true)).toBe('leave');
    expect(kind(key('k'), true)).toBe('legend');
    expect(kind(key('?'), true)).toBe('legend');
    expect(kind(key('0'), true)).toBeNull();
  });

  it('in a lesson, ← → and Page Up / Down step through it in every view, − + move the chosen slider on the projector', () => {
    const lesson = (k: KeyLike, presenting = false) => shortcutFor(k, presenting, true);
    expect(lesson(key('ArrowRight'))).toEqual({ kind: 'lessonStep', by: 1 });
    expect(lesson(key('ArrowLeft'), true)).toEqual({ kind: 'lessonStep', by: -1 });
    expect(lesson(key('PageDown'), true)).toEqual({ kind: 'lessonStep', by: 1 });
    expect(lesson(key('-'), true)).toEqual({ kind: 'move', by: -5 });
    expect(lesson(key('+'), true)).toEqual({ kind: 'move', by: 5 });
    expect(lesson(key('-'))).toBeNull();
    // A focused slider keeps its own arrows; the seed field its typing.
    expect(lesson(key('ArrowRight', { tagName: 'INPUT', type: 'range' }), true)).toBeNull();
    expect(lesson(key('ArrowRight', { tagName: 'INPUT', type: 'text' }))).toBeNull();
  });
});
