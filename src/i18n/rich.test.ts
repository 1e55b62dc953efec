import { describe, expect, it } from 'vitest';
import { richSegments } from './rich';

describe('richSegments', () => {
  it('marks strong, emphasis and code, and leaves the rest as text', () => {
    expect(richSegments('From **CelebA**, a *binary* `progan-128` model.')).toEqual([
      { kind: 'text', text: 'From ' },
      { kind: 'strong', text: 'CelebA' },
      { kind: 'text', text: ', a ' },
      { kind: 'em', text: 'binary' },
      { kind: 'text', text: ' ' },
      { kind: 'code', text: 'progan-128' },
      { kind: 'text', text: ' model.' },
    ]);
  });

  it('leaves a lone star or multiplication sign alone', () => {
    expect(richSegments('cos × step, 5 * 2')).toEqual([{ kind: 'text', text: 'cos × step, 5 * 2' }]);
  });
});
