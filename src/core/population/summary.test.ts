import { describe, expect, it } from 'vitest';
import { DEFAULT_FACE_MEASURER_CONFIG, MISSED_FACE } from '../measure/faceMeasurer';
import { MIN_DETECTION_SCORE, summarizeReadings, type FaceReading } from './summary';

const face = (over: Partial<FaceReading> = {}): FaceReading => ({
  found: true,
  age: 30,
  pMale: 0.2,
  expressions: { happy: 0.9 },
  ita: 50,
  yaw: 0,
  detectionScore: 0.9,
  ...over,
});

describe('summarizeReadings', () => {
  it('trusts the same detections as the app measurer', () => {
    expect(MIN_DETECTION_SCORE).toBe(DEFAULT_FACE_MEASURER_CONFIG.detectorScoreThreshold);
  });

  it('counts only faces detected with enough confidence', () => {
    const s = summarizeReadings([face(), face({ detectionScore: 0.29 }), MISSED_FACE, face({ detectionScore: 0.3 })]);
    expect(s.faces).toBe(4);
    expect(s.measured).toBe(2);
    expect(s.age.counts.reduce((a, b) => a + b)).toBe(2);
  });

  it('reads male and smiling above one half, not at it', () => {
    const s = summarizeReadings([face({ pMale: 0.5, expressions: { happy: 0.5 } }), face({ pMale: 0.51, expressions: { happy: 0.2 } })]);
    expect(s.male).toBe(1);
    expect(s.smiling).toBe(0);
  });

  it('puts ITA° on a category threshold into the darker category, and skips faces without a skin patch', () => {
    const s = summarizeReadings([55, 55.01, 41, 28, 10, -30, null].map((ita) => face({ ita })));
    expect(s.skin).toEqual({ 'very light': 1, light: 1, intermediate: 1, tan: 1, brown: 1, dark: 1 });
    expect(s.measured).toBe(7);
  });

  it('bins age and yaw over the measured faces', () => {
    const s = summarizeReadings([face({ age: 9 }), face({ age: 25, yaw: -35 }), face({ age: 25, yaw: 31 })]);
    expect(s.age.counts).toEqual([1, 0, 2, 0, 0, 0, 0, 0]);
    expect(s.yaw.counts).toEqual([1, 0, 0, 0, 1, 0, 0, 1]);
  });
});
