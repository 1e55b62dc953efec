/**
 * The fault injection the app's error-view tests rely on, checked end to end in the browser:
 * a spoiled file must reach the model loader and come back as an error naming that file.
 */
import { expect, test } from './fixtures';

const load = (page: import('@playwright/test').Page) =>
  page.evaluate(() =>
    window.agreement!.run('cpu', '/__test__/tiny-model/', [0]).then(
      () => 'loaded',
      (e: Error) => e.message,
    ),
  );

test.beforeEach(async ({ page }) => {
  await page.goto('/__test__/agreement.html');
  await expect(page.locator('#status')).toHaveText('ready');
});

test('a corrupted shard is named, and loading works again once the fault is cleared', async ({ page, faults }) => {
  await faults.inject({ kind: 'corrupt', file: 'tiny-model/group1-shard1of1.bin' });
  expect(await load(page)).toBe('group1-shard1of1.bin: checksum mismatch (the file is corrupt or from another model version)');
  await faults.clear();
  expect(await load(page)).toBe('loaded');
});

test.describe('missing files', () => {
  // Chromium logs every failed load as a console error; this test causes exactly that one.
  test.use({ allowedConsoleErrors: [/status of 404 .*model\.json/] });

  test('a 404 on model.json is named', async ({ page, faults }) => {
    await faults.inject({ kind: '404', file: 'model.json' });
    expect(await load(page)).toBe('model.json: HTTP 404 Not Found');
  });
});

test('a truncated shard is named with its sizes', async ({ page, faults }) => {
  await faults.inject({ kind: 'truncate', file: 'group1-shard1of1.bin' });
  expect(await load(page)).toMatch(/^group1-shard1of1\.bin: expected \d+ bytes, got \d+$/);
});
