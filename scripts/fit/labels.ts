/** The per-chunk label files that label-faces.ts writes and fit-directions.ts reads. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SkinReading } from '../../src/core/measure/apparentSkin';
import type { Expressions, FaceMeasurerConfig } from '../../src/core/measure/faceMeasurer';
import { CACHE_DIR } from './config';

export const LABELS_FORMAT = 'face-explorer-labels/2';
export const LABELS_DIR = resolve(CACHE_DIR, 'labels');
export const labelsPath = (chunk: number) => resolve(LABELS_DIR, `chunk-${String(chunk).padStart(5, '0')}.json`);

/** One face's measurement; found = false leaves every measured field null. */
export interface FaceLabel {
  index: number;
  seed: number;
  found: boolean;
  age: number | null;
  pMale: number | null;
  expressions: Expressions | null;
  /** The apparent skin colour (src/core/measure/apparentSkin.ts), rounded; null without enough bare skin. */
  skin: Pick<SkinReading, 'lightness' | 'hue' | 'chroma' | 'ita' | 'monk'> | null;
  ita: number | null;
  yaw: number | null;
  detectionScore: number | null;
  placedBy: 'detector' | 'aligned' | null;
  /** The 68 landmarks as [x, y] in the 128 px image, kept so skin patches can be re-placed without face-api. */
  landmarks: [number, number][] | null;
}

export interface ChunkLabels {
  format: typeof LABELS_FORMAT;
  chunk: number;
  fitSeedBase: number;
  measurer: FaceMeasurerConfig;
  packages: Record<string, string>;
  msPerFace: number;
  faces: FaceLabel[];
}

/** Chunk indices that have a finished file in `dir` named chunk-NNNNN.<extension>. */
export function finishedChunks(dir: string, extension: string): number[] {
  if (!existsSync(dir)) return [];
  const pattern = new RegExp(`^chunk-(\\d{5})\\.${extension}$`);
  return readdirSync(dir)
    .flatMap((name) => {
      const match = pattern.exec(name);
      return match ? [Number(match[1])] : [];
    })
    .sort((a, b) => a - b);
}

export function readChunkLabels(chunk: number): ChunkLabels {
  const labels = JSON.parse(readFileSync(labelsPath(chunk), 'utf8')) as ChunkLabels;
  if (labels.format !== LABELS_FORMAT) throw new Error(`${labelsPath(chunk)}: unknown format ${JSON.stringify(labels.format)}`);
  return labels;
}

/** Installed versions of the packages whose behaviour the labels and directions depend on. */
export function packageVersions(names: readonly string[]): Record<string, string> {
  // Read from node_modules directly: packages with an "exports" map (d3-random) hide package.json from require.
  const root = resolve(import.meta.dirname, '../../node_modules');
  return Object.fromEntries(
    names.map((name) => [name, (JSON.parse(readFileSync(resolve(root, name, 'package.json'), 'utf8')) as { version: string }).version]),
  );
}
