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

describe('shortcutFor', () => {
  it('maps N, R, F and P in either case', () => {
    expect(shortcutFor(key('n'))).toBe('newFace');
    expect(shortcutFor(key('R'))).toBe('reset');
    expect(shortcutFor(key('f'))).toBe('fullscreen');
    expect(shortcutFor(key('p'))).toBe('play');
    expect(shortcutFor(key('x'))).toBeNull();
  });

  it('works while a slider or checkbox has focus', () => {
    expect(shortcutFor(key('n', { tagName: 'INPUT', type: 'range' }))).toBe('newFace');
    expect(shortcutFor(key('p', { tagName: 'INPUT', type: 'checkbox' }))).toBe('play');
  });

  it('stays out of the way while typing or with modifier keys', () => {
    expect(shortcutFor(key('n', { tagName: 'INPUT', type: 'text' }))).toBeNull();
    expect(shortcutFor(key('n', { tagName: 'INPUT' }))).toBeNull();
    expect(shortcutFor(key('r', { tagName: 'TEXTAREA' }))).toBeNull();
    expect(shortcutFor(key('r', { tagName: 'BODY' }, { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(key('f', { tagName: 'BODY' }, { metaKey: true }))).toBeNull();
  });
});
