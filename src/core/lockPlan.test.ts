import { describe, expect, it } from 'vitest';
import type { SliderAttribute } from './attributes';
import type { DirectionsFile } from './directions';
import { anchorSliders, describeLockStatus, heldLocks, lockSpecs, readingsOf, slopeGuess } from './lockPlan';
import { MISSED_FACE } from './measure/faceMeasurer';
import { fakeFace } from './measure/sweepFixtures';

const unit = (i: number) => Float32Array.from({ length: 4 }, (_, j) => (j === i ? 1 : 0));
const attribute = (id: string, i: number): SliderAttribute => ({
  id,
  label: id,
  direction: unit(i),
  offsetAt0: -2,
  offsetAt100: 2,
  advanced: false,
});
const ATTRIBUTES = [attribute('young', 0), attribute('smiling', 1), attribute('male', 2), attribute('glasses', 3)];

function directionsFile(): DirectionsFile {
  const fitted = (id: string, fitKind: 'ridge' | 'logistic', effect: number, effectUnit = 'years') => ({
    id,
    fitKind,
    calibration: { offsetAt0: -2, offsetAt100: 2, effectAt0: -effect, effectAt100: effect, effectUnit },
  });
  return {
    attributes: [fitted('young', 'ridge', 12), fitted('male', 'logistic', 5), fitted('skinTone', 'ridge', 50, 'ITA degrees')],
  } as unknown as DirectionsFile;
}

describe('lockSpecs', () => {
  it('holds the reading each locked slider is meant to move, with its tolerance and a slope guess', () => {
    const specs = lockSpecs(ATTRIBUTES, new Set(['young', 'male', 'glasses']), directionsFile());
    expect(specs.map((s) => [s.reading, s.tolerance])).toEqual([
      ['age', 2],
      ['pMale', 0.05],
    ]);
    // Younger along the Young direction: age falls 6 years per latent unit.
    expect(slopeGuess(specs[0]!.slope!)()).toBeCloseTo(-6);
    // A logistic fit: 2.5 log-odds per latent unit, used on the logit scale.
    expect(slopeGuess(specs[1]!.slope!)()).toBeCloseTo(2.5);
    expect(lockSpecs(ATTRIBUTES, new Set(), directionsFile())).toEqual([]);
    expect(lockSpecs(ATTRIBUTES, new Set(['smiling']), null)[0]!.slope).toBeNull();
  });

  it('guesses no skin slope from a calibration in another unit than L*', () => {
    const skin = [attribute('skinTone', 0)];
    expect(lockSpecs(skin, new Set(['skinTone']), directionsFile())[0]).toMatchObject({ reading: 'skinL', tolerance: 3, slope: null });
    const inLightness = directionsFile();
    inLightness.attributes[2]!.calibration.effectUnit = 'L* lighter';
    expect(slopeGuess(lockSpecs(skin, new Set(['skinTone']), inLightness)[0]!.slope!)()).toBeCloseTo(25);
  });
});

describe('anchor and targets', () => {
  it('puts unlocked sliders at 50 and keeps locked ones', () => {
    expect(anchorSliders({ young: 80, smiling: 10, male: 30 }, new Set(['male']))).toEqual({ young: 50, smiling: 50, male: 30 });
  });

  it("takes the anchor face's readings as targets, and none when the anchor face was not found", () => {
    const specs = lockSpecs(ATTRIBUTES, new Set(['male']), null);
    const locks = heldLocks(specs, readingsOf(fakeFace({ pMale: 0.7 })));
    expect(locks![0]).toMatchObject({ reading: 'pMale', target: 0.7, tolerance: 0.05, scale: 'logit' });
    expect(heldLocks(specs, readingsOf(MISSED_FACE))).toBeNull();
  });
});

describe('describeLockStatus', () => {
  it('says held with the tolerance, or how far off it stayed', () => {
    expect(describeLockStatus({ reading: 'pMale', held: true, value: 0.6, residual: 0.01 })).toBe('held (±0.05)');
    expect(describeLockStatus({ reading: 'pMale', held: false, value: 0.48, residual: -0.12 })).toBe('could not hold (−0.12)');
    expect(describeLockStatus({ reading: 'age', held: false, value: 40, residual: 3.26 })).toBe('could not hold (+3.3 years)');
    expect(describeLockStatus({ reading: 'age', held: false, value: null, residual: null })).toBe('could not hold (no face found)');
  });
});
