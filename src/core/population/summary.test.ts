import { describe, expect, it } from 'vitest';
import { DEFAULT_FACE_MEASURER_CONFIG, MISSED_FACE } from '../measure/faceMeasurer';
import type { MonkTone } from '../measure/monkScale';
import { groupsOfTones, MIN_DETECTION_SCORE, summarizeReadings, type FaceReading } from './summary';

const face = (over: Partial<FaceReading> = {}): FaceReading => ({
  found: true,
  age: 30,
  pMale: 0.2,
  expressions: { happy: 0.9 },
  skin: { monk: 3 },
  yaw: 0,
  placedBy: 'detector',
  ...over,
});
const toned = (monk: MonkTone, placedBy: FaceReading['placedBy'] = 'detector') => face({ skin: { monk }, placedBy });

describe('summarizeReadings', () => {
  it('keeps the score threshold the app measurer uses, for the scripts that still name it', () => {
    expect(MIN_DETECTION_SCORE).toBe(DEFAULT_FACE_MEASURER_CONFIG.detectorScoreThreshold);
  });

  it('measures every face found, whether the detector placed it or the aligned crop did', () => {
    const s = summarizeReadings([face(), face({ placedBy: 'aligned' }), MISSED_FACE, face()]);
    expect(s.faces).toBe(4);
    expect(s.measured).toBe(3);
    expect(s.placedByAligned).toBe(1);
    expect(s.age.counts.reduce((a, b) => a + b)).toBe(3);
  });

  it('reads male and smiling above one half, not at it', () => {
    const s = summarizeReadings([face({ pMale: 0.5, expressions: { happy: 0.5 } }), face({ pMale: 0.51, expressions: { happy: 0.2 } })]);
    expect(s.male).toBe(1);
    expect(s.smiling).toBe(0);
  });

  it('counts skin per Monk tone and group, and skips faces with too little bare skin', () => {
    const s = summarizeReadings([toned(1), toned(3), toned(3), toned(4), toned(6), toned(7), toned(10), face({ skin: null })]);
    expect(s.skin).toEqual([1, 0, 2, 1, 0, 1, 1, 0, 0, 1]);
    expect(s.skinGroups).toEqual({ light: 3, medium: 2, dark: 2 });
    expect(s.measured).toBe(8);
  });

  it('counts the skin groups of the faces the detector missed', () => {
    const s = summarizeReadings([
      toned(2, 'aligned'),
      toned(8, 'aligned'),
      toned(9, 'aligned'),
      toned(2),
      face({ skin: null, placedBy: 'aligned' }),
    ]);
    expect(s.placedByAligned).toBe(4);
    expect(s.alignedByGroup).toEqual({ light: 1, medium: 0, dark: 2 });
  });

  it('groups tones 1–3, 4–6 and 7–10', () => {
    expect(groupsOfTones([1, 1, 1, 2, 2, 2, 3, 3, 3, 3])).toEqual({ light: 3, medium: 6, dark: 12 });
  });

  it('bins age and yaw over the measured faces', () => {
    const s = summarizeReadings([face({ age: 9 }), face({ age: 25, yaw: -35 }), face({ age: 25, yaw: 31 })]);
    expect(s.age.counts).toEqual([1, 0, 2, 0, 0, 0, 0, 0]);
    expect(s.yaw.counts).toEqual([1, 0, 0, 0, 1, 0, 0, 1]);
  });
});
