/**
 * Registers the service worker. Its precache (the app shell, face-api's weights, the chunks of
 * the bias tools: several MB) would share a first visit's link with the generator's weights, so
 * main.ts registers it only once the first face is on screen, or the start has failed (a fixed
 * site must still be able to replace a cached broken one).
 */
export function registerServiceWorker(): void {
  // Dev servers have no service worker; vite-plugin-pwa builds sw.js beside index.html.
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => {
    // Without it the site works online only; nothing the user made is lost.
  });
}
