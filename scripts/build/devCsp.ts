import type { Plugin } from 'vite';

/**
 * The dev server injects CSS as <style> elements and talks to its client over a WebSocket;
 * index.html's Content-Security-Policy is written for the built site, so in dev only this
 * allows inline styles. The build keeps the strict policy.
 */
export function devCsp(): Plugin {
  return {
    name: 'face-explorer-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    },
  };
}
