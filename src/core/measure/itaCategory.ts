/**
 * The usual ITA° skin categories (Chardon et al. 1991, as used in dermatology and in fairness
 * audits of face datasets): very light > 55° ≥ light > 41° ≥ intermediate > 28° ≥ tan > 10° ≥
 * brown > −30° ≥ dark, so a value on a boundary belongs to the darker side.
 */
export type ItaCategory = 'very light' | 'light' | 'intermediate' | 'tan' | 'brown' | 'dark';

export const ITA_LOWER_BOUNDS: readonly [number, ItaCategory][] = [
  [55, 'very light'],
  [41, 'light'],
  [28, 'intermediate'],
  [10, 'tan'],
  [-30, 'brown'],
];

export function itaCategory(ita: number): ItaCategory {
  for (const [bound, category] of ITA_LOWER_BOUNDS) if (ita > bound) return category;
  return 'dark';
}

/** "very light > 55° ≥ light > 41° ≥ … ≥ dark", the thresholds in words. */
export function itaThresholdsText(): string {
  return ITA_LOWER_BOUNDS.map(([bound, category]) => `${category} > ${bound < 0 ? `−${-bound}` : bound}° ≥`).join(' ') + ' dark';
}
