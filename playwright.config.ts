import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/lib/chromium';

// E2E_PORT lets a second run (a fresh-clone CI check beside a working tree) use its own server.
const PORT = Number(process.env.E2E_PORT ?? 4173);

/**
 * E2E tests run against the built site (run `npm run build` first) served from a sub-path by
 * scripts/build/serve-static.ts. Timeouts are generous: a real-model face takes ~2.4 s on WASM and
 * this machine has two slow cores.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 180_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://localhost:${PORT}/face-explorer/`,
    // Tests read English words unless they ask for a language; the browser's own would vary by machine.
    locale: 'en-US',
    headless: true,
    // The same Chromium and flags as the scripts' browser driver (scripts/lib/browser.ts).
    launchOptions: chromiumLaunchOptions(),
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `npx tsx scripts/build/serve-static.ts --port ${PORT}`,
    url: `http://localhost:${PORT}/__test__/tiny-model/manifest.json`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'pipe',
  },
});
