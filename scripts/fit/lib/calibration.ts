/** Slider calibration from the fitting latents' projections on a direction (see DirectionCalibration). */
import type { DirectionCalibration } from '../../../src/core/directions';
import { percentile } from './metrics';

export interface CalibrationOptions {
  lowPercentile: number;
  highPercentile: number;
  effectUnit: string;
  sample: string;
}

/**
 * Slider 0 and 100 move a latent at the median projection to the low and high percentile of the
 * sample: the range the generator's own latents cover along this direction, no further. Use
 * latents the direction was not fitted on; a direction overfits its own training latents, whose
 * projections are therefore wider than, and skewed from, those of the faces the app draws.
 * effectAt0/100 translate that into the target's unit through the fitted slope.
 */
export function calibrateSlider(projections: ArrayLike<number>, effectPerUnit: number, options: CalibrationOptions): DirectionCalibration {
  const median = percentile(projections, 50);
  const offsetAt0 = percentile(projections, options.lowPercentile) - median;
  const offsetAt100 = percentile(projections, options.highPercentile) - median;
  return {
    method: 'projection-percentiles',
    sample: options.sample,
    lowPercentile: options.lowPercentile,
    highPercentile: options.highPercentile,
    projectionMedian: median,
    offsetAt0,
    offsetAt100,
    effectAt0: offsetAt0 * effectPerUnit,
    effectAt100: offsetAt100 * effectPerUnit,
    effectUnit: options.effectUnit,
  };
}
