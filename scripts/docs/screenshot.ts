/**
 * The README's picture of the app (`npm run screenshot`): serves the built site (dist/, from
 * `npm run build`) under a sub-path, opens it in headless Chromium (scripts/lib/browser.ts) on the
 * WASM backend with the real model, waits until the face is drawn and the live readout shows its
 * numbers, and writes a PNG of the window to docs/screenshot.png.
 *
 *   tsx scripts/docs/screenshot.ts [--root dist] [--seed 4] [--query smiling=75]
 *                                  [--width 1000] [--height 1130] [--scale 0.65] [--bits 6]
 *                                  [--out docs/screenshot.png]
 *
 * The face is a photograph, which PNG compresses poorly, so two settings keep the file small
 * enough to commit: --scale, the device pixel ratio (below 1 the picture has fewer pixels than
 * the CSS layout), and --bits, the bits kept per colour channel (6: 64 levels, no visible banding
 * on this page, about a third fewer bytes than 8).
 */
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PNG } from 'pngjs';
import { withBrowser } from '../lib/browser';

const REPO = resolve(import.meta.dirname, '../..');
const log = (line: string) => console.error(`screenshot: ${line}`);

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: 'dist' },
    seed: { type: 'string', default: '4' },
    /** More link parameters: a slider moved off 50 shows the readout's identity distance at work. */
    query: { type: 'string', default: 'smiling=75' },
    width: { type: 'string', default: '1000' },
    height: { type: 'string', default: '1130' },
    scale: { type: 'string', default: '0.65' },
    bits: { type: 'string', default: '6' },
    out: { type: 'string', default: 'docs/screenshot.png' },
    'timeout-s': { type: 'string', default: '120' },
  },
});

const out = resolve(REPO, values.out);
const timeout = Number(values['timeout-s']) * 1000;
const query = { seed: values.seed, backend: 'wasm', ...Object.fromEntries(new URLSearchParams(values.query)) };

/** Runs in the page: the face is on the canvas and nothing newer is being drawn, or the app failed. */
const faceDrawnOrError = () =>
  document.querySelector('.error[role=alert]') !== null || document.querySelector('canvas.face')?.getAttribute('aria-busy') === 'false';

/** Runs in the page: the live readout shows numbers measured in the face on screen. */
const readoutMeasured = () => {
  const readout = document.querySelector('section.readout');
  return readout?.getAttribute('data-freshness') === 'fresh' && readout.querySelector('dl') !== null;
};

/** Runs in the page: nothing left to come (HD pass, the identity reference's measuring). */
const settled = () => {
  const readout = document.querySelector('section.readout');
  return (
    document.querySelector('canvas.face')?.getAttribute('aria-busy') === 'false' &&
    readout?.getAttribute('aria-busy') === 'false' &&
    !/measuring the face as generated/.test(readout.textContent ?? '')
  );
};

/** The PNG with each colour channel rounded to 2^bits levels from 0 to 255 (opaque RGB). */
function reduceBits(file: Buffer, bits: number): Buffer {
  if (!Number.isInteger(bits) || bits < 1 || bits > 8) throw new Error(`--bits must be 1 to 8, not ${bits}`);
  const image = PNG.sync.read(file);
  const top = 2 ** bits - 1;
  const rgb = Buffer.alloc(image.width * image.height * 3);
  for (let i = 0, o = 0; i < image.data.length; i += 4) {
    for (let c = 0; c < 3; c++) rgb[o++] = Math.round((Math.round((image.data[i + c]! * top) / 255) * 255) / top);
  }
  return PNG.sync.write({ width: image.width, height: image.height, data: rgb } as PNG, {
    colorType: 2,
    inputColorType: 2,
    deflateLevel: 9,
  });
}

await withBrowser({ root: resolve(REPO, values.root), log }, async (session) => {
  // The production build has no test hooks (window.__faceExplorer): wait on what the page shows.
  const context = await session.browser.newContext({
    viewport: { width: Number(values.width), height: Number(values.height) },
    deviceScaleFactor: Number(values.scale),
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });
  const started = Date.now();
  const since = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  log(`opening ${session.appUrl(query)}`);
  const page = await session.openApp({ context, query, ready: 'navigated' });

  await page.waitForFunction(faceDrawnOrError, undefined, { timeout, polling: 100 });
  const alert = page.locator('.error[role=alert]');
  if (await alert.count()) throw new Error(`the app failed to start: ${(await alert.first().textContent())?.trim()}`);
  log(`face drawn after ${since()}`);

  const measured = await page
    .waitForFunction(readoutMeasured, undefined, { timeout, polling: 200 })
    .then(() => true)
    .catch(() => false);
  log(measured ? `readout measured after ${since()}` : 'the readout did not measure in time; taking the picture without it');

  await page
    .waitForFunction(settled, undefined, { timeout: 30_000, polling: 200 })
    .catch(() => log('the page was still busy after 30 s; taking the picture anyway'));
  await page.waitForTimeout(1000);

  const shot = await page.screenshot({ type: 'png', animations: 'disabled', caret: 'hide' });
  const png = reduceBits(shot, Number(values.bits));
  writeFileSync(out, png);
  log(
    `wrote ${relative(REPO, out)} (${Math.round(png.length / 1024)} KB, ${Math.round(shot.length / 1024)} KB before --bits) after ${since()}`,
  );
  await context.close();
});
