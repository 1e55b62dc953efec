/**
 * The directions file's provenance and held-out metrics as messages, for the About panel: the
 * numbers come from the file the app loaded, never from the text, so a refit updates them.
 */
import type { Message, MessageKey } from '../i18n/catalogue';
import { countValue, dayValue, numberValue, percentValue } from '../i18n/values';
import type { AttributeDirection, DirectionMetrics, DirectionsFile } from './directions';

export interface AttributeFitSummary {
  id: string;
  label: string;
  /** What the direction was fitted to predict: a known target as a message, another as the file words it. */
  target: Message | string;
  /** "Logistic regression; held out: accuracy 91%, AUC 0.95 (1,200 train / 300 test faces); stability 0.98." */
  quality: Message;
}

export interface FitSummary {
  /** "Fitted on 27 Nov 2025 from 8,000 generated faces, 7,412 of them detected (score ≥ 0.5); 20% held out." */
  fitted: Message;
  /** "@vladmandic/face-api 1.7.15, @tensorflow/tfjs 4.22.0, …": names and versions, the same in every language. */
  packages: string;
  attributes: AttributeFitSummary[];
}

/**
 * The targets the fit script writes (scripts/fit/attributeSpecs.ts), word for word, by message: a
 * file fitted to anything else shows its own words, so a translation never claims another target.
 */
const KNOWN_TARGETS: Record<string, MessageKey> = {
  'face-api apparent age in years, negated (+ = younger)': 'fit.target.young',
  'face-api expression happy > 0.5': 'fit.target.smiling',
  'face-api pMale > 0.5': 'fit.target.male',
  "apparent skin lightness L* of the lit bare skin (src/core/measure/apparentSkin.ts; + = lighter), held apart from the picture's brightness":
    'fit.target.skinTone',
  'yaw in degrees from landmarks (+ = face turned toward the image right)': 'fit.target.headTurn',
};

export function targetText(target: string | undefined): Message | string {
  if (target === undefined) return { key: 'fit.noTarget' };
  const key = KNOWN_TARGETS[target];
  return key ? { key } : target;
}

function metricsMessage(m: DirectionMetrics): Message {
  const split = { train: countValue(m.nTrain), test: countValue(m.nTest), stability: numberValue(m.stability, 2) };
  if (m.kind === 'logistic') {
    return {
      key: 'fit.logistic',
      params: {
        accuracy: percentValue(m.heldOutAccuracy),
        auc: numberValue(m.heldOutAuc, 2),
        positive: percentValue(m.positiveFraction),
        ...split,
      },
    };
  }
  return {
    key: 'fit.ridge',
    params: { r2: numberValue(m.heldOutRSquared, 2), rmse: numberValue(m.heldOutRmse, 1), spread: numberValue(m.targetStd, 1), ...split },
  };
}

function attributeSummary(a: AttributeDirection): AttributeFitSummary {
  const metrics = a.metrics as DirectionMetrics | undefined;
  return {
    id: a.id,
    label: a.label,
    target: targetText(a.target),
    quality: metrics ? metricsMessage(metrics) : { key: 'fit.noMetrics' },
  };
}

export function summarizeFit(file: DirectionsFile): FitSummary {
  const p = file.provenance;
  const fitted: Message = {
    key: 'fit.fitted',
    params: {
      date: dayValue(p.date),
      n: countValue(p.n),
      used: countValue(p.nUsed),
      score: numberValue(p.minDetectionScore),
      heldOut: percentValue(p.holdoutFraction),
    },
  };
  const packages = Object.entries(p.packages ?? {})
    .map(([name, version]) => `${name} ${version}`)
    .join(', ');
  return { fitted, packages, attributes: file.attributes.map(attributeSummary) };
}
