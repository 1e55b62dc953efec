/**
 * Identity in a sweep: each face's distance to its seed's face as generated (every slider at 50),
 * and the words (as messages) for how many faces become a different person and from where on
 * ("Smiling at 83 and above turns 4 of 6 faces into a different person").
 */
import { message, type Message } from '../../i18n/catalogue';
import { attributeValue, decimalValue } from '../../i18n/values';
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
export function describeSweepIdentity(result: SweepResult, threshold = SAME_PERSON_THRESHOLD): Message {
  const { measuredFaces: n, above, below } = sweepIdentity(result, threshold);
  if (n === 0) return message('report.identity.notMeasured');
  const attribute = attributeValue({ id: result.attributeId, label: result.attributeLabel });
  const limit = decimalValue(String(threshold));
  // The noun agrees with the number of faces measured ("1 of 1 face", "2 of 6 faces").
  const of = (turn: IdentityTurn) => message(n === 1 ? 'report.identity.ofFace' : 'report.identity.ofFaces', { count: turn.faces, n });
  if (above.faces > 0 && below.faces > 0)
    return message('report.identity.both', {
      attribute,
      above: above.from!,
      aboveCount: of(above),
      below: below.from!,
      belowCount: of(below),
      threshold: limit,
    });
  if (above.faces > 0) return message('report.identity.above', { attribute, from: above.from!, count: of(above), threshold: limit });
  if (below.faces > 0) return message('report.identity.below', { attribute, from: below.from!, count: of(below), threshold: limit });
  return message('report.identity.allSame', { attribute, threshold: limit });
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
