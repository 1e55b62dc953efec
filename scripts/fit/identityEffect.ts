/**
 * What the fitted identity map predicts Keep identity does to each slider, before any face is
 * drawn: the descriptor change across the slider's whole range (‖W d‖ · range) with and without
 * the identity directions held, and the share of the direction that survives the projection.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { effectiveDirections } from '../../src/core/directionMath';
import { validateDirections } from '../../src/core/directions';
import type { MultiLinearModel } from './lib/multiRidge';

const DIRECTIONS = resolve(import.meta.dirname, '../../models/directions.json');

function descriptorChange(model: MultiLinearModel, direction: ArrayLike<number>): number {
  let sum = 0;
  for (let a = 0; a < model.outputs; a++) {
    let s = 0;
    for (let j = 0; j < model.inputs; j++) s += model.weights[a * model.inputs + j]! * direction[j]!;
    sum += s * s;
  }
  return Math.sqrt(sum);
}

export function printPredictedEffect(model: MultiLinearModel, identity: readonly Float64Array[]): void {
  const checked = validateDirections(JSON.parse(readFileSync(DIRECTIONS, 'utf8')), model.inputs);
  if (!checked.ok) throw new Error(checked.reason);
  const attributes = checked.directions.attributes;
  const directions = new Map(attributes.map((a) => [a.id, Float32Array.from(a.direction)]));
  const kept = effectiveDirections(
    directions,
    new Set(),
    2,
    identity.map((v) => Float32Array.from(v)),
  );
  for (const a of attributes) {
    const range = a.calibration.offsetAt100 - a.calibration.offsetAt0;
    const plain = descriptorChange(model, directions.get(a.id)!) * range;
    const keep = kept.get(a.id)!;
    console.log(
      `${a.id}: predicted descriptor change over 0 → 100 ${plain.toFixed(3)} → ${(descriptorChange(model, keep.direction) * range).toFixed(3)} with Keep identity; ${(100 * keep.retained).toFixed(0)} % of the direction kept`,
    );
  }
}
