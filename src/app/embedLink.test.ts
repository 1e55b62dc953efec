import { describe, expect, it } from 'vitest';
import { openInAppHref } from './embedLink';
import { parseUrlState } from './urlState';

describe('openInAppHref', () => {
  it('keeps the face, sliders, locks and model, and drops embed=1', () => {
    const location = {
      pathname: '/face-explorer/',
      search: '?embed=1&seed=4&audit=9',
      href: 'https://example.org/face-explorer/?embed=1&seed=4',
    };
    const state = { ...parseUrlState('?embed=1&seed=4&model=m', ['smiling', 'male']).state, sliders: { smiling: 90 }, locks: ['male'] };
    expect(openInAppHref(state, location, ['smiling', 'male'])).toBe(
      'https://example.org/face-explorer/?audit=9&seed=4&smiling=90&lock=male&model=m',
    );
  });
});
