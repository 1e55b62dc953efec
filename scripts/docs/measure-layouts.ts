/**
 * Where the face and the sliders land on phones, tablets and desktops (docs/device-layouts.md):
 * opens the instrumented build (npm run build:e2e) on the tiny model at each size of
 * DEVICE_SIZES, touch sizes in Chromium's device emulation (touch, mobile viewport), and prints a
 * markdown table: the face's and the Smiling slider's boxes on the first screen and whether both
 * are in view there, whether the face and the lowest slider (Head turn, advanced options shown)
 * are in view together once scrolled to it, the page's width against the screen's, and the touch
 * targets under 44 px.
 *
 *   tsx scripts/docs/measure-layouts.ts [--root dist-e2e] [--shots /tmp/layouts]
 *
 * --shots writes a screenshot of the first screen per size (PNG, CSS pixels) into that folder.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { withBrowser } from '../lib/browser';
import { DEVICE_SIZES, fullyInView, lookAtLayout, scrollToSlider, smallTouchTargets, type Box } from '../testing/layoutProbes';

const REPO = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    root: { type: 'string', default: 'dist-e2e' },
    shots: { type: 'string' },
  },
});

const query = { model: '../__test__/tiny-model-64', measurer: 'fake', backend: 'wasm', hd: '0', seed: '8' };
const format = (b: Box) => `${b.x}, ${b.y}, ${b.width} × ${b.height}`;
const yesNo = (ok: boolean) => (ok ? 'yes' : 'no');

const rows: string[] = [
  '| screen (CSS px) | face x, y, w × h | Smiling slider x, y, w × h | both in view | face and Head turn in view, scrolled to it | page width | targets under 44 px |',
  '|---|---|---|---|---|---|---|',
];
await withBrowser({ root: resolve(REPO, values.root), log: (line) => console.error(line) }, async (session) => {
  for (const size of DEVICE_SIZES) {
    const context = await session.browser.newContext({
      viewport: { width: size.width, height: size.height },
      hasTouch: size.touch,
      isMobile: size.touch,
      deviceScaleFactor: 1,
      colorScheme: 'light',
    });
    const page = await session.openApp({ context, query });
    const first = await lookAtLayout(page);
    const both = fullyInView(first.face, first.viewport) && fullyInView(first.slider, first.viewport);
    const small = await smallTouchTargets(page, 'header, .workspace');
    if (small.length && size.touch) console.error(`${size.name}: ${small.join('; ')}`);
    if (values.shots) {
      mkdirSync(values.shots, { recursive: true });
      await page.screenshot({ path: join(values.shots, `${size.name}.png`), scale: 'css' });
    }
    await page.getByRole('checkbox', { name: 'Show advanced options' }).check();
    await scrollToSlider(page, 'headTurn');
    const lowest = await lookAtLayout(page, 'headTurn');
    const lowestInView = fullyInView(lowest.face, lowest.viewport) && fullyInView(lowest.slider, lowest.viewport);
    rows.push(
      `| ${size.width} × ${size.height}${size.touch ? ' touch' : ''} | ${format(first.face)} | ${format(first.slider)} | ${yesNo(both)} | ${yesNo(lowestInView)} | ${first.scrollWidth} / ${size.width} | ${size.touch ? small.length || 'none' : 'n/a'} |`,
    );
    await context.close();
  }
});
console.log(rows.join('\n'));
