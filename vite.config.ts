import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { configDefaults, defineConfig } from 'vitest/config';
import { devCsp } from './scripts/build/devCsp';
import { ISOLATION_HEADERS } from './src/core/crossOriginIsolation';
import { SERVED_MODEL_FOLDER, SERVED_STORAGE } from './src/core/manifest';
import { offlineWeightsFor } from './scripts/build/offlineWeights';
import { copyModels, serveModels } from './scripts/build/serveModels';

/** Node tests that load the real model or face-api's networks (seconds each). */
const REAL_MODEL_NODE_TESTS = [
  'scripts/research/storage/entropyStorage.test.ts',
  'scripts/fit/nodeFaceMeasurer.test.ts',
  'scripts/testing/generatorSteps.test.ts',
];

const offlineWeights = offlineWeightsFor(resolve(import.meta.dirname), SERVED_MODEL_FOLDER);
const offlineUpscaler = offlineWeightsFor(resolve(import.meta.dirname), 'models/upscaler-x4/');

export default defineConfig({
  // Relative base: the built site works from any sub-path of a static host.
  base: './',
  define: { __OFFLINE_WEIGHTS__: JSON.stringify(offlineWeights), __OFFLINE_UPSCALER__: JSON.stringify(offlineUpscaler) },
  plugins: [
    svelte(),
    devCsp(),
    // Before VitePWA: the worker's precache manifest is made after the models are copied.
    serveModels(),
    copyModels([SERVED_STORAGE]),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      // src/app/serviceWorker.ts registers it once the first face is on screen.
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: false,
      injectManifest: {
        // The face measurer's weights (~8 MB with the 6.4 MB recognition net) are precached; the generator's are
        // cached at run time (src/sw.ts). The threaded WASM build is precached too: the worker
        // makes the site cross-origin isolated even where the host cannot.
        globPatterns: ['**/*.{js,css,html,svg,json,wasm}', 'models/face-api/*.bin'],
        globIgnores: ['models/progan-128/**', 'models/upscaler-x4/**'],
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
  // Cross-origin isolated, so the WASM backend may use threads (src/core/crossOriginIsolation.ts).
  server: { headers: { ...ISOLATION_HEADERS } },
  preview: { headers: { ...ISOLATION_HEADERS } },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // `npm run test:fast` leaves out the Node tests that load the real generator or face-api.
    exclude: [...configDefaults.exclude, ...(process.env.TEST_FAST ? REAL_MODEL_NODE_TESTS : [])],
    environment: 'node',
    testTimeout: 60_000,
  },
});
