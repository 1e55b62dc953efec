/**
 * Identity in a sweep: each face's distance to its seed's face as generated (every slider at 50),
 * and the plain words for how many faces become a different person and from where on
 * ("Smiling at 83 and above turns 4 of 6 faces into a different person").
 */
import { identityVerdict, SAME_PERSON_THRESHOLD } from '../identity';
import { readingStats, type SweepBand, type SweepPoint, type SweepResult } from './sweep';

export interface IdentityTurn {
  /** Faces that read as a different person somewhere on this side of 50. */
  faces: number;
  /** The slider value from which (above 50) or up to which (below 50) all of them do; null when none. */
  from: number | null;
}

export interface SweepIdentity {
  /** Faces with an identity distance at 50 or beyond on both sides, i.e. measured. */
  measuredFaces: number;
  above: IdentityTurn;
  below: IdentityTurn;
}

/** Per side of 50: the first slider value (walking away from 50) where each face turns into a different person. */
export function sweepIdentity(result: SweepResult, threshold = SAME_PERSON_THRESHOLD): SweepIdentity {
  const measured = new Set(result.faces.filter((f) => f.identity !== null).map((f) => f.face));
  const side = (sign: 1 | -1): IdentityTurn => {
    const turns: number[] = [];
    for (const face of measured) {
      const cells = result.faces
        .filter((f) => f.face === face && f.identity !== null && Math.sign(f.slider - 50) === sign)
        .sort((a, b) => sign * (a.slider - b.slider));
      const turn = cells.find((f) => identityVerdict(f.identity!, threshold) === 'different');
      if (turn) turns.push(turn.slider);
    }
    if (turns.length === 0) return { faces: 0, from: null };
    return { faces: turns.length, from: sign > 0 ? Math.max(...turns) : Math.min(...turns) };
  };
  return { measuredFaces: measured.size, above: side(1), below: side(-1) };
}

/** "Smiling at 83 and above turns 4 of 6 faces into a different person; at 17 and below, 1 of 6." */
export function describeSweepIdentity(result: SweepResult, threshold = SAME_PERSON_THRESHOLD): string {
  const { measuredFaces: n, above, below } = sweepIdentity(result, threshold);
  if (n === 0) return 'Identity was not measured (no face found, or no face as generated to compare with).';
  const of = (turn: IdentityTurn) => `${turn.faces} of ${n} face${n > 1 ? 's' : ''}`;
  const clauses = [
    ...(above.faces > 0 ? [{ where: `at ${above.from} and above`, count: of(above) }] : []),
    ...(below.faces > 0 ? [{ where: `at ${below.from} and below`, count: of(below) }] : []),
  ];
  const [first, second] = clauses;
  if (!first)
    return `Every face stays likely the same person across the ${result.attributeLabel} sweep (identity distance under ${threshold}).`;
  const also = second ? `; ${second.where}, ${second.count}` : '';
  return `${result.attributeLabel} ${first.where} turns ${first.count} into a different person${also} (identity distance ${threshold} or more).`;
}

/** Every face's identity distance, for the chart's dots. */
export function identityPoints(result: SweepResult): SweepPoint[] {
  return result.faces.flatMap((f) => (f.identity === null ? [] : [{ face: f.face, slider: f.slider, value: f.identity }]));
}

/** Mean ± one standard deviation of the identity distance per step, for the chart's line and band. */
export function identityBands(result: SweepResult): SweepBand[] {
  return result.sliderValues.flatMap((slider, step) => {
    const stats = readingStats(result.faces.flatMap((f) => (f.step === step && f.identity !== null ? [f.identity] : [])));
    return stats ? [{ slider, mean: stats.mean, low: stats.mean - stats.sd, high: stats.mean + stats.sd }] : [];
  });
}
