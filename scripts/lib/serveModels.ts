/**
 * Serves the generated weights (models/progan-128, never committed) at /models/ in dev and
 * preview, and copies the default storage into the build.
 */
import { createReadStream, cpSync, existsSync, statSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';

const MODELS_ROOT = resolve(import.meta.dirname, '../../models');

function middleware(): Connect.NextHandleFunction {
  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = /\/models\/(.+)$/.exec(url.pathname);
    if (!match) return next();
    const file = normalize(join(MODELS_ROOT, decodeURIComponent(match[1]!)));
    if (!file.startsWith(MODELS_ROOT) || !existsSync(file) || !statSync(file).isFile()) return next();
    res.setHeader('Content-Type', file.endsWith('.json') ? 'application/json' : 'application/octet-stream');
    res.setHeader('Content-Length', statSync(file).size);
    createReadStream(file).pipe(res);
  };
}

export function serveModels(storages: string[] = ['float16']): Plugin {
  let outDir = 'dist';
  return {
    name: 'face-explorer-models',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use(middleware());
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware());
    },
    closeBundle() {
      for (const storage of storages) {
        const from = join(MODELS_ROOT, 'progan-128', storage);
        if (!existsSync(from)) throw new Error(`${from} is missing: run npm run prepare-model`);
        cpSync(from, join(outDir, 'models', 'progan-128', storage), { recursive: true });
      }
      // Fitted directions and other committed model data travel with the site.
      for (const file of ['directions.json']) {
        if (existsSync(join(MODELS_ROOT, file))) cpSync(join(MODELS_ROOT, file), join(outDir, 'models', file));
      }
    },
  };
}
