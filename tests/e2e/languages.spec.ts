/** Languages: English, Spanish and German from the link, the browser or the menu, with nothing left in English. */
import { TINY_MODEL, TINY_MODEL_64, waitForFace } from './appPage';
import { expect, test } from './fixtures';
import { ALL_CATALOGUES } from '../../src/i18n/allCatalogues';
import { leftoverEnglish, rawKeys, visibleTexts } from './visibleText';

/** The explore view a reader sees first: header, notices, face, seed, status, readout and sliders. */
const EXPLORE_VIEW = '.app > header, .app > main > .notices, .app .workspace';

for (const locale of ['es', 'de'] as const) {
  test(`${locale}: the explore view shows no key and no English UI word`, async ({ page, openApp }) => {
    // 64 px faces and the fake measurer: the readout shows its readings, notes and skin line.
    await openApp({ model: TINY_MODEL_64, measurer: 'fake', seed: '3', lang: locale, lock: 'male', young: '150' });
    await waitForFace(page);
    await expect(page.locator('.readout[data-freshness="fresh"] dl')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const texts = await visibleTexts(page, EXPLORE_VIEW);
    expect(texts.length).toBeGreaterThan(10);
    expect(rawKeys(texts)).toEqual([]);
    expect(leftoverEnglish(texts, locale)).toEqual([]);
  });
}

for (const locale of ['es', 'de'] as const) {
  test(`${locale}: About, with the directions file's fit record and what runs while idle, shows no key and no English UI word`, async ({
    page,
    openApp,
  }) => {
    await openApp({ model: TINY_MODEL, seed: '3', lang: locale });
    await waitForFace(page);
    await page.getByText(ALL_CATALOGUES[locale]['about.heading']).click();
    // The fit record is checked whole: method, metrics and targets are translated; package names and versions are names.
    await expect(page.locator('.about .fits li')).toHaveCount(5);
    await expect(page.locator('.about .small')).toContainText('@vladmandic/face-api 1.7.15');
    const texts = await visibleTexts(page, '.about details');
    expect(texts.length).toBeGreaterThan(20);
    expect(rawKeys(texts)).toEqual([]);
    expect(leftoverEnglish(texts, locale)).toEqual([]);
  });

  test(`${locale}: the status line, with why a software GPU was passed over, shows no key and no English UI word`, async ({ page }) => {
    // No backend asked for: this browser's GPUs are SwiftShader, so the status line says why WASM draws.
    await page.goto(`./?${new URLSearchParams({ model: TINY_MODEL, seed: '5', hd: '0', prepare: '0', lang: locale })}`);
    await waitForFace(page);
    await expect(page.getByTestId('backend-why')).toBeVisible();
    const texts = await visibleTexts(page, '.status');
    expect(texts.join(' ')).toContain('swiftshader');
    expect(rawKeys(texts)).toEqual([]);
    expect(leftoverEnglish(texts, locale)).toEqual([]);
  });
}

test('de: the engine’s notice that a forced backend could not start is German', async ({ page, openApp }) => {
  // As in app.spec.ts: no WebGPU adapter, the engine on the page so the init script reaches it.
  await page.addInitScript(() => Object.defineProperty(navigator, 'gpu', { value: undefined }));
  await openApp({ backend: 'webgpu', model: TINY_MODEL, seed: '5', engine: 'page', lang: 'de' });
  const notice = page.getByRole('status').filter({ hasText: 'Das Backend webgpu konnte nicht starten' });
  await expect(notice).toContainText(/stattdessen wird \w+ verwendet/);
  await waitForFace(page);
});

test('the browser’s language is the default, and English when it is not one spoken here', async ({ browser }) => {
  for (const [browserLocale, lang, seedLabel] of [
    ['de-AT', 'de', 'Startwert'],
    ['fr-FR', 'en', 'Seed'],
  ] as const) {
    const context = await browser.newContext({ locale: browserLocale });
    const page = await context.newPage();
    await page.goto(`./?model=${TINY_MODEL}&seed=2&prepare=0&hd=0&backend=wasm`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByLabel(seedLabel, { exact: true })).toHaveValue('2');
    // The browser's language is not written into the link: a shared link follows its reader.
    expect(page.url()).not.toContain('lang=');
    await context.close();
  }
});

test('lang=de round-trips, and the menu switches language keeping seed, sliders and locks', async ({ page, openApp }) => {
  await openApp({ model: TINY_MODEL, seed: '11', smiling: '80', lock: 'male', lang: 'de' });
  await waitForFace(page);
  await expect(page.getByRole('button', { name: 'Neues Gesicht' })).toBeVisible();
  await expect(page).toHaveURL(/lang=de/);
  const before = new URL(page.url()).searchParams;

  const historyLength = await page.evaluate(() => history.length);
  await page.getByLabel('Sprache').selectOption('es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('button', { name: 'Nueva cara' })).toBeVisible();
  await expect(page).toHaveURL(/lang=es/);
  const after = new URL(page.url()).searchParams;
  for (const key of ['seed', 'smiling', 'lock', 'model']) expect(after.get(key), key).toBe(before.get(key));
  expect(await page.evaluate(() => history.length), 'the switch replaces the entry').toBe(historyLength);
  await expect(page.getByLabel('Semilla', { exact: true })).toHaveValue('11');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('button', { name: 'Nueva cara' })).toBeVisible();
});

test('an unknown lang= gets a notice and the browser’s language', async ({ page, openApp }) => {
  await openApp({ model: TINY_MODEL, seed: '5', lang: 'xx' });
  await expect(page.getByRole('status').filter({ hasText: 'Language "xx" in the link is unknown' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await waitForFace(page);
  expect(page.url()).not.toContain('lang=');
});
