/**
 * The Content-Security-Policy in index.html allows only what the app needs: on every backend
 * the page draws a face with no violation, and nothing is fetched from another origin.
 */
import type { Page } from '@playwright/test';
import { TINY_MODEL, waitForFace } from './appPage';
import { expect, test } from './fixtures';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations!.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => window.__cspViolations ?? []);
}

const RUNS = [
  { backend: 'wasm', query: {} },
  { backend: 'webgl', query: { model: TINY_MODEL } },
  { backend: 'webgpu', query: { model: TINY_MODEL } },
  { backend: 'cpu', query: { model: TINY_MODEL } },
] as const;

for (const { backend, query } of RUNS) {
  test(`no policy violations while ${backend} draws`, { tag: 'model' in query ? [] : ['@real-model'] }, async ({ page, openApp }) => {
    const violations = await recordViolations(page);
    await openApp({ backend, seed: '21', ...query });
    await waitForFace(page);
    await expect(page.getByRole('status').filter({ hasText: /could not start/ })).toHaveCount(0);
    expect(await violations()).toEqual([]);
  });
}

test.describe('the policy is in force', () => {
  // The refusal is logged as a console error; it is the point of this test.
  test.use({ allowedConsoleErrors: [/inline script violates the following Content Security Policy/] });

  test('an injected inline script is refused, so the tests above mean something', async ({ page, openApp }) => {
    const violations = await recordViolations(page);
    await openApp({ backend: 'cpu', model: TINY_MODEL, seed: '1' });
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      'content',
      /script-src 'self' 'wasm-unsafe-eval'/,
    );
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      return (window as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    await expect.poll(violations).toEqual([expect.stringMatching(/^script-src-elem inline$/)]);
  });
});

test('every request goes to this site, the service worker included', { tag: '@real-model' }, async ({ page, context, openApp }) => {
  const origins = new Set<string>();
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'http:' || url.protocol === 'https:') origins.add(url.origin);
  });
  await openApp({ seed: '5' });
  await waitForFace(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  expect([...origins]).toEqual([new URL(page.url()).origin]);
});
