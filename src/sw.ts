/**
 * The service worker (built by vite-plugin-pwa, injectManifest): after the first visit the site
 * and its weights work offline. The app shell is precached; the weights (tens of MB) are not,
 * so a first visit downloads them once: the page stores the bytes it has verified (see
 * src/engine/modelSource.ts) and this worker serves them cache-first from then on.
 *
 * Every answer it gives carries the cross-origin isolation headers, for hosts that cannot send
 * them (GitHub Pages): from the first page load this worker controls, the page is isolated and
 * the WASM backend runs threads (the "coi-serviceworker" pattern, without its reload: the visit
 * that installs the worker simply stays on one thread).
 */
import { clientsClaim, type WorkboxPlugin } from 'workbox-core';
import { addPlugins, cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute, setDefaultHandler } from 'workbox-routing';
import { CacheFirst, NetworkOnly } from 'workbox-strategies';
import { withIsolationHeaders } from './core/crossOriginIsolation';
import { sha256Hex } from './core/modelFiles';
import { keptWeightFile, offlineUpscaler, offlineWeights, WEIGHTS_CACHE_PREFIX, type OfflineWeights } from './engine/offlineWeightsInfo';

declare const self: ServiceWorkerGlobalScope;

const siteRoot = new URL(self.registration.scope);

/** On every route: the page, its workers' scripts and everything they load. */
const isolating: WorkboxPlugin = { handlerWillRespond: async ({ response }) => withIsolationHeaders(response) };

addPlugins([isolating]);
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// Links carry the seed and settings in the query, so any navigation gets the one page.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

/** The generator's weights and the upscaler's, each in a cache named after its checksums. */
const keptModels: OfflineWeights[] = [offlineWeights, offlineUpscaler];

for (const kept of keptModels) {
  registerRoute(
    ({ url }) => keptWeightFile(url, siteRoot, kept) !== null,
    new CacheFirst({
      cacheName: kept.cacheName,
      plugins: [
        {
          // Only bytes with the expected checksum are kept: a corrupt download must not stick.
          async cacheWillUpdate({ request, response }) {
            const name = keptWeightFile(new URL(request.url), siteRoot, kept);
            if (!name || response.status !== 200) return null;
            const digest = await sha256Hex(await response.clone().arrayBuffer());
            return digest === kept.sha256[name] ? response : null;
          },
        },
        isolating,
      ],
    }),
  );
}

// The rest goes to the network as before, with the headers added.
setDefaultHandler(new NetworkOnly({ plugins: [isolating] }));

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((n) => n.startsWith(WEIGHTS_CACHE_PREFIX) && !keptModels.some((k) => k.cacheName === n))
            .map((n) => caches.delete(n)),
        ),
      ),
  );
});

void self.skipWaiting();
clientsClaim();
