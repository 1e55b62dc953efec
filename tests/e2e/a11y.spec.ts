/**
 * Accessibility: axe finds no serious or critical violation, in the default view and with the
 * advanced options shown, and every control can be reached with Tab and shows its focus.
 */
import { TINY_MODEL_64, waitForFace } from './appPage';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

test.beforeEach(async ({ page, openApp }) => {
  // The page's accessibility does not depend on the model's weights: the 64 px tiny model and
  // the fake measurer show the same controls and readings in a fraction of a real face's time.
  await openApp({ model: TINY_MODEL_64, measurer: 'fake', seed: '8' });
  await waitForFace(page);
  await expect(page.getByRole('checkbox', { name: 'Show advanced options' })).toBeVisible();
});

test('the default view has no serious or critical axe violations', async ({ page }) => {
  expect(await seriousViolations(page)).toEqual([]);
});

test('in the dark colour scheme, no serious or critical axe violations', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(page)).toEqual([]);
});

test('with advanced options shown, no serious or critical axe violations', async ({ page }) => {
  await page.getByRole('checkbox', { name: 'Show advanced options' }).check();
  expect(await seriousViolations(page)).toEqual([]);
});

test('every control is reached by Tab and shows a visible focus ring', async ({ page }) => {
  const controls = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], [tabindex]')]
      .filter((el) => !el.matches(':disabled, [tabindex="-1"]') && el.getClientRects().length > 0)
      // Inside a closed <details> a control is out of the tab order until it is opened.
      .filter((el) => !el.closest('details:not([open])') || el.closest('summary') !== null)
      .map((el) => el.outerHTML.slice(0, 80)),
  );
  const reached = new Map<string, string>();
  await page.locator('body').focus();
  for (let i = 0; i < controls.length + 5; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const ring =
        style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 ? 'outline' : style.boxShadow !== 'none' ? 'shadow' : 'none';
      return { html: el.outerHTML.slice(0, 80), ring };
    });
    if (focused) reached.set(focused.html, focused.ring);
  }
  expect(
    controls.filter((c) => !reached.has(c)),
    'controls Tab never reaches',
  ).toEqual([]);
  expect(
    [...reached].filter(([, ring]) => ring === 'none').map(([html]) => html),
    'focused controls with no visible ring',
  ).toEqual([]);
});
