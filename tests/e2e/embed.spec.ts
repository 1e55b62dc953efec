/**
 * Embed mode (`embed=1`, issue 22): the compact view works inside an iframe on a page of another
 * origin (http://127.0.0.1 embedding http://localhost: the test server answers both names), fits
 * 640 × 480, links back to the full app with the same state, and passes axe.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import { TINY_MODEL_64 } from './appPage';
import { expect, test } from './fixtures';

const EMBED_QUERY = new URLSearchParams({
  embed: '1',
  model: TINY_MODEL_64,
  measurer: 'fake',
  seed: '7',
  smiling: '80',
  backend: 'wasm',
  hd: '0',
});

async function hostPage(page: Page, baseURL: string): Promise<Frame> {
  const app = new URL(`./?${EMBED_QUERY}`, baseURL);
  // A course page on another origin (127.0.0.1 rather than localhost) of the same test server.
  const host = `http://127.0.0.1:${app.port}/__test__/embed-host.html?${new URLSearchParams({ app: app.href })}`;
  await page.goto(host);
  await expect.poll(() => page.frame({ url: /embed=1/ })?.url() ?? null).toContain('embed=1');
  const frame = page.frame({ url: /embed=1/ })!;
  await frame.waitForFunction(() => window.__faceExplorer !== undefined, undefined, { timeout: 120_000 });
  await frame.evaluate(() => window.__faceExplorer!.idle());
  return frame;
}

test('the embed view runs in an iframe on another origin, fits 640 × 480 and links to the full app', async ({ page, baseURL }) => {
  const frame = await hostPage(page, baseURL!);
  expect(new URL(frame.url()).origin).not.toBe(new URL(page.url()).origin);
  await expect(frame.locator('canvas.face')).toHaveAttribute('aria-busy', 'false');
  await expect(frame.getByRole('slider')).toHaveCount(3);
  await expect(frame.getByRole('slider', { name: 'Smiling', exact: true })).toHaveValue('80');
  await expect(frame.locator('tr[data-reading="pMale"]')).toBeVisible();

  await frame.getByRole('slider', { name: 'Male', exact: true }).fill('70');
  const open = frame.getByRole('link', { name: 'Open in Face Explorer' });
  await expect(open).toHaveAttribute('target', '_blank');
  await expect.poll(async () => new URL((await open.getAttribute('href'))!).searchParams.get('male')).toBe('70');
  const href = new URL((await open.getAttribute('href'))!);
  expect(href.searchParams.get('embed')).toBeNull();
  expect(href.searchParams.get('seed')).toBe('7');
  expect(href.origin).toBe(new URL(frame.url()).origin);

  const size = await frame.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
    used: Math.ceil(document.querySelector('main.embed')!.getBoundingClientRect().height),
    face: document.querySelector('canvas.face')!.getBoundingClientRect().width,
  }));
  console.log(`embed at 640 × 480: page ${size.width} × ${size.height} px, view ${size.used} px high, face ${Math.round(size.face)} px`);
  expect(size.width).toBeLessThanOrEqual(640);
  expect(size.height).toBeLessThanOrEqual(480);

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
  expect(serious).toEqual([]);
});
