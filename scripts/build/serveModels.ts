/**
 * Serves the generated weights (models/progan-128, never committed) at /models/ in dev and
 * preview, and copies the default storage into the build. The face measurer's weights come from
 * the face-api package and are served and copied the same way, at models/face-api/: no CDN.
 */
import { createReadStream, cpSync, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize, resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { FACE_API_WEIGHT_FILES } from '../../src/core/measure/faceApiFiles';

const MODELS_ROOT = resolve(import.meta.dirname, '../../models');
const FACE_API_MODEL_DIR = join(dirname(createRequire(import.meta.url).resolve('@vladmandic/face-api/package.json')), 'model');

/** The package file behind models/face-api/<name>, for the measurer's files only. */
function faceApiFile(rel: string): string | undefined {
  const name = /^face-api\/([^/]+)$/.exec(rel)?.[1];
  return name && FACE_API_WEIGHT_FILES.includes(name) ? join(FACE_API_MODEL_DIR, name) : undefined;
}

function middleware(): Connect.NextHandleFunction {
  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = /\/models\/(.+)$/.exec(url.pathname);
    if (!match) return next();
    const rel = decodeURIComponent(match[1]!);
    const faceApi = faceApiFile(rel);
    const file = faceApi ?? normalize(join(MODELS_ROOT, rel));
    if ((!faceApi && !file.startsWith(MODELS_ROOT)) || !existsSync(file) || !statSync(file).isFile()) return next();
    res.setHeader('Content-Type', file.endsWith('.json') ? 'application/json' : 'application/octet-stream');
    res.setHeader('Content-Length', statSync(file).size);
    createReadStream(file).pipe(res);
  };
}

/** Dev and preview servers: the generated weights and face-api's, straight from disk. */
export function serveModels(): Plugin {
  return {
    name: 'face-explorer-serve-models',
    configureServer(server) {
      server.middlewares.use(middleware());
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware());
    },
  };
}

/**
 * Builds only (never Vitest, which once copied 46 MB of weights into the repository): the
 * default storage, face-api's weights and the fitted directions go into the site.
 */
export function copyModels(storages: string[] = ['float16']): Plugin {
  let outDir = 'dist';
  return {
    name: 'face-explorer-copy-models',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const storage of storages) {
        const from = join(MODELS_ROOT, 'progan-128', storage);
        if (!existsSync(from)) throw new Error(`${from} is missing: run npm run prepare-model`);
        cpSync(from, join(outDir, 'models', 'progan-128', storage), { recursive: true });
      }
      const upscaler = join(MODELS_ROOT, 'upscaler-x4');
      if (!existsSync(upscaler)) throw new Error(`${upscaler} is missing: run npm run prepare-model`);
      cpSync(upscaler, join(outDir, 'models', 'upscaler-x4'), { recursive: true });
      for (const name of FACE_API_WEIGHT_FILES) cpSync(join(FACE_API_MODEL_DIR, name), join(outDir, 'models', 'face-api', name));
      // Fitted directions and other committed model data travel with the site.
      for (const file of ['directions.json', 'population.json']) {
        if (existsSync(join(MODELS_ROOT, file))) cpSync(join(MODELS_ROOT, file), join(outDir, 'models', file));
      }
    },
  };
}
