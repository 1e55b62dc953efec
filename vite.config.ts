import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { devCsp } from './scripts/lib/devCsp';
import { SERVED_MODEL_FOLDER, SERVED_STORAGE } from './src/core/manifest';
import { offlineWeightsFor } from './scripts/lib/offlineWeights';
import { copyModels, serveModels } from './scripts/lib/serveModels';

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
        // cached at run time (src/sw.ts). The threaded WASM build needs cross-origin
        // isolation, which a static host does not give.
        globPatterns: ['**/*.{js,css,html,svg,json,wasm}', 'models/face-api/*.bin'],
        globIgnores: ['models/progan-128/**', 'models/upscaler-x4/**', '**/*threaded*'],
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
