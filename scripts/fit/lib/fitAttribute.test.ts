import { randomLcg } from 'd3-random';
import { describe, expect, it } from 'vitest';
import { fitAttribute } from './fitAttribute';
import { cosine, syntheticLatents } from './fixtures';
import { sigmoid } from './logistic';
import { holdoutSplit } from './split';

describe('fitAttribute', () => {
  it('fits a linear attribute, scores it on held-out rows and returns a unit direction', () => {
    const { x, trueDirection, projections, normal } = syntheticLatents(1000, 40, 4);
    const y = projections.map((p) => 35 - 6 * p + 2 * normal());
    const fit = fitAttribute('ridge', x, y, holdoutSplit(x.rows, 0.2, 9));
    expect(cosine(fit.direction, trueDirection)).toBeLessThan(-0.95);
    expect(Math.hypot(...fit.direction)).toBeCloseTo(1, 12);
    expect(fit.effectPerUnit).toBeCloseTo(6, 0);
    expect(fit.heldOut.kind).toBe('ridge');
    if (fit.heldOut.kind === 'ridge') expect(fit.heldOut.rSquared).toBeGreaterThan(0.8);
    expect(fit.stability).toBeGreaterThan(0.95);
  });

  it('fits a binary attribute and reports accuracy and AUC', () => {
    const { x, trueDirection, projections } = syntheticLatents(1000, 40, 5);
    const uniform = randomLcg(0.5);
    const y = projections.map((p) => (uniform() < sigmoid(4 * p) ? 1 : 0));
    const fit = fitAttribute('logistic', x, y, holdoutSplit(x.rows, 0.2, 9));
    expect(cosine(fit.direction, trueDirection)).toBeGreaterThan(0.95);
    expect(fit.heldOut.kind).toBe('logistic');
    if (fit.heldOut.kind === 'logistic') {
      expect(fit.heldOut.auc).toBeGreaterThan(0.85);
      expect(fit.heldOut.accuracy).toBeGreaterThan(0.75);
      expect(fit.heldOut.nTest).toBe(200);
    }
  });
});
