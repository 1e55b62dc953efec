/** What each slider attribute is fitted on, and which way its direction points. */
import type { AttributeId } from '../../src/core/directions';
import type { FitKind } from './lib/fitAttribute';
import type { FaceLabel } from './labels';

export interface AttributeSpec {
  id: AttributeId;
  label: string;
  kind: FitKind;
  target: string;
  effectUnit: string;
  /** The regression target of a detected face, or null to leave the face out of this fit. */
  value: (face: FaceLabel) => number | null;
  /** The continuous measurement behind the target, for checking a direction's effect. */
  readout: { name: string; value: (face: Readout) => number | null };
  /**
   * Picture readings the direction must leave alone: each gets a ridge direction of its own,
   * and this attribute's direction is projected off them (InterFaceGAN's conditional editing).
   */
  holdApart?: readonly ('pictureEdges' | 'aboveForehead')[];
}

export type Readout = Pick<FaceLabel, 'age' | 'pMale' | 'expressions' | 'ita' | 'yaw'> & { skin: { lightness: number } | null };

export const ATTRIBUTE_SPECS: readonly AttributeSpec[] = [
  {
    id: 'young',
    label: 'Young',
    kind: 'ridge',
    // Regressing −age makes + point younger without flipping anything afterwards.
    target: 'face-api apparent age in years, negated (+ = younger)',
    effectUnit: 'years younger',
    value: (f) => (f.age === null ? null : -f.age),
    readout: { name: 'age', value: (f) => f.age },
  },
  {
    id: 'smiling',
    label: 'Smiling',
    kind: 'logistic',
    target: 'face-api expression happy > 0.5',
    effectUnit: 'log-odds of happy > 0.5',
    value: (f) => (f.expressions === null ? null : f.expressions.happy > 0.5 ? 1 : 0),
    readout: { name: 'happy', value: (f) => f.expressions?.happy ?? null },
  },
  {
    id: 'male',
    label: 'Male',
    kind: 'logistic',
    target: 'face-api pMale > 0.5',
    effectUnit: 'log-odds of pMale > 0.5',
    value: (f) => (f.pMale === null ? null : f.pMale > 0.5 ? 1 : 0),
    readout: { name: 'pMale', value: (f) => f.pMale },
  },
  {
    id: 'skinTone',
    label: 'Lighter skin',
    kind: 'ridge',
    target:
      "apparent skin lightness L* of the lit bare skin (src/core/measure/apparentSkin.ts; + = lighter), held apart from the picture's brightness",
    effectUnit: 'L* units',
    value: (f) => f.skin?.lightness ?? null,
    readout: { name: 'skin L*', value: (f) => f.skin?.lightness ?? null },
    // Fitted alone, lighter skin came with a brighter picture: the edges moved 74 % as much as the skin.
    holdApart: ['pictureEdges', 'aboveForehead'],
  },
  {
    id: 'headTurn',
    label: 'Head turn',
    kind: 'ridge',
    target: 'yaw in degrees from landmarks (+ = face turned toward the image right)',
    effectUnit: 'degrees of yaw',
    value: (f) => f.yaw,
    readout: { name: 'yaw°', value: (f) => f.yaw },
  },
];
