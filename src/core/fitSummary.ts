/**
 * The directions file's provenance and held-out metrics in words, for the About panel: the
 * numbers come from the file the app loaded, never from the text, so a refit updates them.
 */
import type { AttributeDirection, DirectionMetrics, DirectionsFile } from './directions';

export interface AttributeFitSummary {
  id: string;
  label: string;
  /** What the direction was fitted to predict. */
  target: string;
  /** "Logistic regression; held out: accuracy 91 %, AUC 0.95 (1,200 train / 300 test faces); stability 0.98." */
  quality: string;
}

export interface FitSummary {
  /** "Fitted on 27 Nov 2025 from 8,000 generated faces, 7,412 of them detected (score ≥ 0.5); 20 % held out." */
  fitted: string;
  /** "@vladmandic/face-api 1.7.15, @tensorflow/tfjs 4.22.0, …" */
  packages: string;
  attributes: AttributeFitSummary[];
}

const count = (n: number) => n.toLocaleString('en-GB');
const percent = (fraction: number) => `${Math.round(fraction * 100)} %`;

export function formatFitDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

function metricsText(m: DirectionMetrics): string {
  const split = `${count(m.nTrain)} train / ${count(m.nTest)} test faces`;
  const stability = `stability ${m.stability.toFixed(2)}`;
  if (m.kind === 'logistic') {
    return `Logistic regression; held out: accuracy ${percent(m.heldOutAccuracy)}, AUC ${m.heldOutAuc.toFixed(2)} (${split}, ${percent(m.positiveFraction)} positive); ${stability}.`;
  }
  return `Ridge regression; held out: R² ${m.heldOutRSquared.toFixed(2)}, RMSE ${m.heldOutRmse.toFixed(1)} against a spread of ${m.targetStd.toFixed(1)} (${split}); ${stability}.`;
}

function attributeSummary(a: AttributeDirection): AttributeFitSummary {
  const metrics = a.metrics as DirectionMetrics | undefined;
  return {
    id: a.id,
    label: a.label,
    target: a.target ?? 'not recorded',
    quality: metrics ? metricsText(metrics) : 'No held-out metrics recorded.',
  };
}

export function summarizeFit(file: DirectionsFile): FitSummary {
  const p = file.provenance;
  const fitted =
    `Fitted on ${formatFitDate(p.date)} from ${count(p.n)} generated faces, ${count(p.nUsed)} of them detected ` +
    `(score ≥ ${p.minDetectionScore}); ${percent(p.holdoutFraction)} held out for the metrics.`;
  const packages = Object.entries(p.packages ?? {})
    .map(([name, version]) => `${name} ${version}`)
    .join(', ');
  return { fitted, packages, attributes: file.attributes.map(attributeSummary) };
}
