/**
 * How entangled the attribute directions are: the cosine between each pair of directions the
 * sliders actually move along. Moving one slider by t moves the other attribute's linear score by
 * t·cos, so a large |cos| means the two cannot be moved apart. Locks change the directions
 * (directionMath.effectiveDirections), and this shows by how much.
 */
import { message, type Message } from '../i18n/catalogue';
import { attributeValue, decimalValue, listValue } from '../i18n/values';
import { cosine, effectiveDirections, type Vector } from './directionMath';

export interface EntanglementAttribute {
  id: string;
  label: string;
  direction: Vector;
}

export interface EntanglementCell {
  /** Between the directions the sliders move along under the current locks. */
  cos: number;
  /** Between the fitted directions, no locks. */
  raw: number;
}

export interface Entanglement {
  ids: string[];
  labels: string[];
  locked: boolean[];
  /** Symmetric; the diagonal is 1. */
  cells: EntanglementCell[][];
}

/** Below this |cos| two directions count as nearly independent (an 84° angle or more). */
export const NEGLIGIBLE_COSINE = 0.1;

export function entanglement(attributes: readonly EntanglementAttribute[], locked: ReadonlySet<string>): Entanglement {
  const effective = effectiveDirections(new Map(attributes.map((a) => [a.id, a.direction])), locked);
  const cells = attributes.map((a, i) =>
    attributes.map((b, j) => {
      if (i === j) return { cos: 1, raw: 1 };
      const da = effective.get(a.id)!.direction;
      const db = effective.get(b.id)!.direction;
      // A fully locked-out direction has no length: it moves nothing.
      const cos = isZero(da) || isZero(db) ? 0 : cosine(da, db);
      return { cos, raw: cosine(a.direction, b.direction) };
    }),
  );
  return {
    ids: attributes.map((a) => a.id),
    labels: attributes.map((a) => a.label),
    locked: attributes.map((a) => locked.has(a.id)),
    cells,
  };
}

export interface StrongestPair {
  a: number;
  b: number;
  cos: number;
}

export function strongestPair(e: Entanglement, which: 'cos' | 'raw' = 'cos'): StrongestPair | null {
  let best: StrongestPair | null = null;
  for (let a = 0; a < e.ids.length; a++) {
    for (let b = a + 1; b < e.ids.length; b++) {
      const cos = e.cells[a]![b]![which];
      if (!best || Math.abs(cos) > Math.abs(best.cos)) best = { a, b, cos };
    }
  }
  return best;
}

export function formatCosine(cos: number): string {
  const text = cos.toFixed(2);
  return Number(text) === 0 ? '0.00' : text.replace('-', '\u2212');
}

/** One line for the strongest pair under the current locks, e.g. "Smiling and Male directions overlap most (cos −0.42): raising one lowers the other." */
export function describeEntanglement(e: Entanglement): Message {
  const pair = strongestPair(e);
  if (!pair) return message('report.entanglement.single');
  const attribute = (i: number) => message('report.attribute', { attribute: attributeValue({ id: e.ids[i]!, label: e.labels[i]! }) });
  const names = listValue([attribute(pair.a), attribute(pair.b)], 'and');
  const locked = listValue(
    e.ids.flatMap((_, i) => (e.locked[i] ? [attribute(i)] : [])),
    'and',
  );
  const prefix = locked.list.length > 0;
  const cos = decimalValue(formatCosine(pair.cos));
  if (Math.abs(pair.cos) < NEGLIGIBLE_COSINE)
    return message(prefix ? 'report.entanglement.lockedIndependent' : 'report.entanglement.independent', { names, locked, cos });
  const effect = message(pair.cos > 0 ? 'report.entanglement.raises' : 'report.entanglement.lowers');
  return message(prefix ? 'report.entanglement.lockedOverlap' : 'report.entanglement.overlap', { names, locked, cos, effect });
}

function isZero(v: Vector): boolean {
  return v.every((x) => x === 0);
}
