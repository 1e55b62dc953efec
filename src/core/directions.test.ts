import { describe, expect, it } from 'vitest';
import { DIRECTIONS_FORMAT, roundSignificant, validateDirections, type AttributeDirection, type DirectionsFile } from './directions';

function unit(size: number, seed: number): number[] {
  const v = Array.from({ length: size }, (_, i) => Math.sin(seed * 7.1 + i * 1.3));
  const n = Math.hypot(...v);
  return v.map((x) => roundSignificant(x / n));
}

function attribute(id: string, size = 8): AttributeDirection {
  return {
    id,
    label: id,
    target: 'test',
    fitKind: 'ridge',
    lambda: 1,
    direction: unit(size, id.length),
    calibration: {
      method: 'projection-percentiles',
      sample: 'test',
      lowPercentile: 5,
      highPercentile: 95,
      projectionMedian: 0,
      offsetAt0: -1.6,
      offsetAt100: 1.7,
      effectAt0: -10,
      effectAt100: 10,
      effectUnit: 'years',
    },
    metrics: { kind: 'ridge', heldOutRSquared: 0.5, heldOutRmse: 1, targetStd: 2, nTrain: 8, nTest: 2, stability: 1 },
  };
}

function file(size = 8): DirectionsFile {
  return {
    format: DIRECTIONS_FORMAT,
    latentSize: size,
    attributes: [attribute('young', size), attribute('male', size)],
    provenance: {
      packages: {},
      fitSeedBase: 0,
      n: 10,
      nUsed: 10,
      minDetectionScore: 0,
      holdoutFraction: 0.2,
      holdoutSeed: 1,
      date: '2026-01-01',
    },
  };
}

const reason = (json: unknown, size = 8) => {
  const check = validateDirections(json, size);
  return check.ok ? null : check.reason;
};

describe('validateDirections', () => {
  it('accepts a well-formed file with rounded unit directions', () => {
    expect(reason(file())).toBeNull();
  });

  it('rejects a file fitted for another latent size, naming both sizes', () => {
    expect(reason(file(8), 512)).toMatch(/latent size 8.*model's is 512/);
  });

  it('rejects a direction of the wrong length even if the header agrees', () => {
    const f = file();
    f.attributes[0]!.direction = f.attributes[0]!.direction.slice(1);
    expect(reason(f)).toMatch(/"young" has 7 direction components/);
  });

  it('rejects non-unit, NaN and missing directions', () => {
    const long = file();
    long.attributes[1]!.direction = long.attributes[1]!.direction.map((x) => 2 * x);
    expect(reason(long)).toMatch(/"male".*direction has length 2|"male".*direction has length 1\.99/);
    const nan = JSON.parse(JSON.stringify(file()).replace(/"direction":\[[^,]*/, '"direction":[null'));
    expect(reason(nan)).toMatch(/not a finite number/);
  });

  it('rejects unknown formats, empty lists, duplicates and backwards calibrations', () => {
    expect(reason({ ...file(), format: 'other/2' })).toMatch(/unknown directions format/);
    expect(reason({ ...file(), attributes: [] })).toMatch(/no attributes/);
    expect(reason({ ...file(), attributes: [attribute('a'), attribute('a')] })).toMatch(/appears twice/);
    const backwards = file();
    backwards.attributes[0]!.calibration.offsetAt0 = 1;
    expect(reason(backwards)).toMatch(/calibration/);
    expect(reason(null)).toMatch(/not a JSON object/);
  });
});

describe('roundSignificant', () => {
  it('keeps six significant digits', () => {
    expect(roundSignificant(0.0441941738241592)).toBe(0.0441942);
    expect(roundSignificant(-123.4567891)).toBe(-123.457);
    expect(roundSignificant(0)).toBe(0);
  });
});
