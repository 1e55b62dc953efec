/**
 * What the app reads off a measured face (the live readout, the sweep's chart, statistics and
 * CSV all use these), and the one place the side-effect thresholds live.
 */
import type { ExpressionName, FaceMeasurement } from './faceMeasurer';

export type ReadingId = 'age' | 'pMale' | 'pHappy' | 'skinL' | 'yaw';

export interface ReadingSpec {
  id: ReadingId;
  /** As a gauge or chart title: "Age", "P(male)". */
  label: string;
  /** Appended to a formatted value: " years", "°", "" for probabilities. */
  unit: string;
  digits: number;
  /**
   * A sweep's change at or above this is flagged as a side effect worth a look: large enough
   * to see in the faces and well above the classifiers' seed-to-seed noise at this sweep size.
   */
  threshold: number;
  /** The range a gauge spans; values outside it pin to the ends. */
  gauge: { min: number; max: number };
  /** The slider attribute whose intended effect this reading is, so it is not called a side effect. */
  intendedFor: string;
  read(measurement: FaceMeasurement): number | null;
}

export const READINGS: readonly ReadingSpec[] = [
  {
    id: 'age',
    label: 'Age',
    unit: ' years',
    digits: 1,
    threshold: 5,
    gauge: { min: 0, max: 80 },
    intendedFor: 'young',
    read: (m) => m.age,
  },
  {
    id: 'pMale',
    label: 'P(male)',
    unit: '',
    digits: 2,
    threshold: 0.15,
    gauge: { min: 0, max: 1 },
    intendedFor: 'male',
    read: (m) => m.pMale,
  },
  {
    id: 'pHappy',
    label: 'P(happy)',
    unit: '',
    digits: 2,
    threshold: 0.15,
    gauge: { min: 0, max: 1 },
    intendedFor: 'smiling',
    read: (m) => m.expressions?.happy ?? null,
  },
  {
    id: 'skinL',
    label: 'Skin lightness L*',
    unit: '',
    digits: 0,
    // A face's skin L* moves 3–4 between slider 0 and 100 of sliders that leave skin alone (Young,
    // Head turn; sd over 12 held-out seeds), so a 6-face sweep's mean has about 1.6 of noise; 4 is
    // 2.5 times that, and about 0.4 of a Monk tone (monkCalibration.ts).
    threshold: 4,
    // The Monk swatches span L* 15 (tone 10) to 94 (tone 1); the darkest pins to the end.
    gauge: { min: 20, max: 95 },
    intendedFor: 'skinTone',
    read: (m) => m.skin?.lightness ?? null,
  },
  {
    id: 'yaw',
    label: 'Head yaw',
    unit: '°',
    digits: 0,
    threshold: 5,
    gauge: { min: -45, max: 45 },
    intendedFor: 'headTurn',
    read: (m) => m.yaw,
  },
];

export function readingSpec(id: ReadingId): ReadingSpec {
  return READINGS.find((r) => r.id === id)!;
}

const MINUS = '\u2212';

/** A value with its unit, a typographic minus and no "-0". */
export function formatReading(spec: Pick<ReadingSpec, 'digits' | 'unit'>, value: number): string {
  return `${formatNumber(value, spec.digits)}${spec.unit}`;
}

/** A change, always signed: "+0.31", "−9°". */
export function formatChange(spec: ReadingSpec, delta: number): string {
  const text = formatNumber(delta, spec.digits);
  return `${text.startsWith(MINUS) || Number(text) === 0 ? text : `+${text}`}${spec.unit}`;
}

function formatNumber(value: number, digits: number): string {
  const text = value.toFixed(digits);
  if (Number(text) === 0) return (0).toFixed(digits);
  return text.replace('-', MINUS);
}

/** The expression face-api rates most likely, with its probability. */
export function topExpression(expressions: Readonly<Record<ExpressionName, number>>): { name: ExpressionName; p: number } {
  let best: { name: ExpressionName; p: number } = { name: 'neutral', p: -Infinity };
  for (const [name, p] of Object.entries(expressions) as [ExpressionName, number][]) if (p > best.p) best = { name, p };
  return best;
}
