import { describe, expect, it } from 'vitest';
import { parseAuditLink, withAuditLink } from './auditLink';
import { formatUrlState, parseUrlState } from './urlState';
import { translateText } from '../i18n/catalogue';

describe('audit link', () => {
  it('reads the audit seed and size', () => {
    expect(parseAuditLink('?seed=3&audit=4242&auditN=300')).toEqual({ seed: 4242, size: 300, problems: [] });
    expect(parseAuditLink('?seed=3')).toEqual({ seed: null, size: null, problems: [] });
  });

  it('reports bad values and says what is used instead', () => {
    const bad = parseAuditLink('?audit=-1&auditN=5');
    expect(bad.seed).toBeNull();
    expect(bad.size).toBe(50);
    expect(bad.problems.map((p) => translateText('en', p))).toEqual([
      'Audit seed in the link: -1 is negative; a new audit seed is used instead.',
      'Audit size auditN=5 in the link is outside 50–1000; using 50.',
    ]);
    expect(translateText('en', parseAuditLink('?auditN=lots').problems[0]!)).toMatch(/not a number; using 200 faces/);
  });

  it('survives the session writing its own state, and leaves it alone', () => {
    const search = withAuditLink('?seed=7&smiling=100&lock=male,young', { seed: 99, size: 250 });
    expect(search).toBe('?seed=7&smiling=100&lock=male,young&audit=99&auditN=250');
    const { state } = parseUrlState(search, ['smiling', 'male', 'young']);
    const rewritten = formatUrlState({ ...state, seed: 8 }, search, ['smiling', 'male', 'young']);
    expect(parseAuditLink(rewritten)).toMatchObject({ seed: 99, size: 250 });
    expect(parseUrlState(rewritten, ['smiling']).state).toMatchObject({ seed: 8, sliders: { smiling: 100 } });
  });
});
