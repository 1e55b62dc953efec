/**
 * Every student's device: in Chromium's device emulation (touch, mobile viewport) at phone and
 * tablet sizes, portrait and landscape, the face and the slider being moved are in view
 * together, nothing scrolls sideways, touch targets are at least 44 px, a slider dragged by a
 * finger moves (and redraws the face) without scrolling the page, and axe finds nothing serious.
 * A low-end device starts with HD and the offline precache off, with a notice to turn them on.
 */
import type { Page } from '@playwright/test';
import { DEVICE_SIZES, fullyInView, lookAtLayout, scrollToSlider, smallTouchTargets } from '../../scripts/testing/layoutProbes';
import { facePixels, TINY_MODEL_64, waitForFace } from './appPage';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { populationOrStandIn } from './populationRoute';

const TOUCH_SIZES = DEVICE_SIZES.filter((s) => s.touch);
const open = async (page: Page, openApp: (q: Record<string, string>) => Promise<void>, query: Record<string, string> = {}) => {
  await openApp({ model: TINY_MODEL_64, measurer: 'fake', seed: '8', ...query });
  await waitForFace(page);
};

/** Asserts that the face and this slider are wholly on the screen, and nothing is wider than it. */
async function expectFaceWithSlider(page: Page, sliderId: string): Promise<void> {
  const look = await lookAtLayout(page, sliderId);
  const where = `face ${JSON.stringify(look.face)}, ${sliderId} ${JSON.stringify(look.slider)}, screen ${JSON.stringify(look.viewport)}`;
  expect(fullyInView(look.face, look.viewport), `the face is in view: ${where}`).toBe(true);
  expect(fullyInView(look.slider, look.viewport), `the ${sliderId} slider is in view: ${where}`).toBe(true);
  expect(look.scrollWidth, 'the page is no wider than the screen').toBeLessThanOrEqual(look.viewport.width);
}

/** A finger on the screen, through the DevTools protocol: start, move in steps, lift. */
async function touchDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: string, x?: number, y?: number) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: x === undefined ? [] : [{ x, y: y! }] } as never);
  await touch('touchStart', from.x, from.y);
  for (let step = 1; step <= 10; step++) {
    await touch('touchMove', from.x + ((to.x - from.x) * step) / 10, from.y + ((to.y - from.y) * step) / 10);
  }
  await touch('touchEnd');
  await cdp.detach();
}

for (const size of TOUCH_SIZES) {
  test.describe(`${size.name} ${size.width} × ${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height }, hasTouch: true, isMobile: true });

    test('the face and the slider being moved are in view together, and nothing scrolls sideways', async ({ page, openApp }) => {
      await open(page, openApp);
      await scrollToSlider(page, 'smiling');
      await expectFaceWithSlider(page, 'smiling');
      // The lowest slider, with the advanced ones shown.
      await page.getByRole('checkbox', { name: 'Show advanced options' }).check();
      await scrollToSlider(page, 'headTurn');
      await expectFaceWithSlider(page, 'headTurn');
      // And back up to the first.
      await scrollToSlider(page, 'young');
      await expectFaceWithSlider(page, 'young');
    });

    test('sliders, locks and buttons are at least 44 px touch targets', async ({ page, openApp }) => {
      await open(page, openApp);
      expect(await smallTouchTargets(page, 'header, .workspace')).toEqual([]);
      // What a phone folds under More.
      const more = page.getByRole('button', { name: 'More' });
      if (await more.isVisible()) {
        await more.click();
        await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
        expect(await smallTouchTargets(page, 'header')).toEqual([]);
      }
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a finger dragging a slider moves it and redraws the face, and the page does not scroll', async ({ page, openApp }) => {
    await open(page, openApp);
    await scrollToSlider(page, 'smiling');
    const slider = page.locator('#slider-smiling');
    const box = (await slider.boundingBox())!;
    const before = await facePixels(page);
    const scrollY = await page.evaluate(() => window.scrollY);
    // From the thumb (50) towards 85, drifting upwards as a thumb does: still the slider's drag.
    const y = box.y + box.height / 2;
    await touchDrag(page, { x: box.x + box.width / 2, y }, { x: box.x + box.width * 0.85, y: y - 30 });
    await expect.poll(() => slider.inputValue().then(Number)).toBeGreaterThan(70);
    await waitForFace(page);
    expect(await facePixels(page)).not.toBe(before);
    expect(await page.evaluate(() => window.scrollY), 'the page did not scroll').toBe(scrollY);
    await expectFaceWithSlider(page, 'smiling');
    // A finger that starts on a slider and heads up the screen: with the browser's default
    // touch-action this scrolls the page by hundreds of px; on a slider it must not.
    await touchDrag(page, { x: box.x + box.width / 2, y }, { x: box.x + box.width / 2 - 40, y: y - 300 });
    expect(await page.evaluate(() => window.scrollY), 'a mostly vertical drag on a slider did not scroll').toBe(scrollY);
  });

  test('a tap on the track moves the slider there', async ({ page, openApp }) => {
    await open(page, openApp);
    await scrollToSlider(page, 'young');
    const slider = page.locator('#slider-young');
    const box = (await slider.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width * 0.2, box.y + box.height / 2);
    await expect.poll(() => slider.inputValue().then(Number)).toBeLessThan(35);
  });

  test('pinch-zoom stays allowed', async ({ page, openApp }) => {
    await open(page, openApp);
    const viewport = await page.locator('meta[name=viewport]').getAttribute('content');
    expect(viewport).not.toMatch(/user-scalable\s*=\s*(no|0)|maximum-scale\s*=\s*1(\.0*)?\b/);
    const actions = await page.locator('#slider-smiling').evaluate((el) => getComputedStyle(el).touchAction);
    expect(actions).toContain('pinch-zoom');
  });

  test('a sweep, an audit and About fit the screen, with no serious axe violations', async ({ page, openApp }) => {
    await populationOrStandIn(page);
    await open(page, openApp, { audit: '4242', auditN: '50' });
    const sweep = page.getByRole('form', { name: 'Sweep settings' });
    await sweep.getByLabel('faces').fill('2');
    await sweep.getByLabel('steps').fill('3');
    await sweep.getByRole('button', { name: 'Run sweep' }).click();
    await expect(page.getByText(/Done: 6 faces measured/)).toBeVisible();
    const audit = page.getByRole('region', { name: 'Who does this model draw?' });
    await audit.getByRole('button', { name: 'Audit 50 faces' }).click();
    await expect(audit.getByText('Done: 50 faces measured.')).toBeVisible();
    await page.getByText('About the model and its measurements').click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'the page is no wider than the screen').toBeLessThanOrEqual(
      390,
    );
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the gallery fits the screen, with faces big enough to tap', async ({ page, openApp }) => {
    await open(page, openApp, { mode: 'gallery' });
    await expect(page.getByRole('button', { name: /^Seed \d+: make it the main face/ })).toHaveCount(9);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await smallTouchTargets(page, '.gallery')).toEqual([]);
  });

  test('no serious or critical axe violations', async ({ page, openApp }) => {
    await open(page, openApp);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'More' }).click();
    await page.getByRole('checkbox', { name: 'Show advanced options' }).check();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('on a tablet', () => {
  test.use({ viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true });

  test('no serious or critical axe violations', async ({ page, openApp }) => {
    await open(page, openApp);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('on a low-end device', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('HD and offline use start off, with a notice whose switches turn them on', async ({ page, openApp }) => {
    // What a 2 GB phone reports.
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'deviceMemory', { get: () => 2, configurable: true }));
    await open(page, openApp);
    const notice = page.locator('section.low-end');
    await expect(notice).toContainText('2 GB of memory or less');
    const offline = notice.getByRole('switch', { name: /offline use/ });
    await expect(offline).not.toBeChecked();
    // The first face is up and no service worker came with it.
    await page.waitForTimeout(500);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined)).toBe(false);

    await offline.check();
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration()) !== undefined);
    expect(await page.evaluate(() => localStorage.getItem('face-explorer:offline'))).toBe('1');

    const hd = notice.getByRole('switch', { name: 'HD faces' });
    await hd.check();
    await page.getByRole('button', { name: 'More' }).click();
    await expect(page.getByRole('button', { name: 'HD', exact: true })).toHaveAttribute('aria-pressed', 'true');
  });
});
