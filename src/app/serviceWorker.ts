/**
 * Registers the service worker. Its precache (the app shell, face-api's weights, the chunks of
 * the bias tools: several MB) would share a first visit's link with the generator's weights, so
 * main.ts registers it only once the first face is on screen, or the start has failed (a fixed
 * site must still be able to replace a cached broken one), and only where the site is kept for
 * offline use (deviceLimits.svelte.ts: off by default on a low-end device).
 */
export function registerServiceWorker(): void {
  // Dev servers have no service worker; vite-plugin-pwa builds sw.js beside index.html.
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => {
    // Without it the site works online only; nothing the user made is lost.
  });
}

/** Unregisters it when the user turns offline use off; the page goes on working online. */
export async function forgetServiceWorker(): Promise<void> {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const registration = await navigator.serviceWorker.getRegistration('./').catch(() => undefined);
  await registration?.unregister();
}
