import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACE_API_NETWORKS, FACE_API_WEIGHT_FILES } from './faceApiFiles';
import { FACE_API_MODELS } from './faceApiWeights';

const MODEL_DIR = join(dirname(createRequire(import.meta.url).resolve('@vladmandic/face-api/package.json')), 'model');

describe('the face-api files the site serves', () => {
  it('are the networks the measurer loads', () => {
    expect([...FACE_API_NETWORKS].sort()).toEqual(Object.values(FACE_API_MODELS).sort());
  });

  it('include every shard each manifest names, and exist in the package', () => {
    for (const network of FACE_API_NETWORKS) {
      const manifest = JSON.parse(readFileSync(join(MODEL_DIR, `${network}-weights_manifest.json`), 'utf8')) as { paths: string[] }[];
      for (const path of manifest.flatMap((group) => group.paths)) expect(FACE_API_WEIGHT_FILES).toContain(path);
    }
    for (const file of FACE_API_WEIGHT_FILES) expect(existsSync(join(MODEL_DIR, file)), file).toBe(true);
  });
});
