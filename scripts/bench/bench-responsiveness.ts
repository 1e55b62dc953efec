/**
 * Benchmark (not a test): does the page keep answering while faces are drawn? In one run, the
 * worker engine against the in-page engine on the same backend (WASM by default, ProGAN-128),
 * during a slider storm (60 input events/s for 5 s) and during a 9-face gallery render: the
 * longest main-thread task (PerformanceObserver 'longtask') and the p95 and worst delay of a
 * 10 ms heartbeat timer, and each face's time in the engine (the storm runs twice, the second time
 * with the live readout held, so faces are timed alone). Also: the first face with no ?backend=
 * at all, the visitor's default.
 * Needs the instrumented build (npm run build:e2e).
 *
 *   tsx scripts/bench/bench-responsiveness.ts [--backend wasm] [--model] [--rate 60] [--seconds 5] [--root dist-e2e]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { withBrowser } from '../lib/browser';
import { oneAtATime, watched } from './pageWatch';
import { formatResponsivenessTable, summarizeResponsiveness, type ResponsivenessRow } from './responsivenessStats';

const log = (line: string) => console.error(`bench-responsiveness: ${line}`);
const ENGINES = ['worker', 'page'] as const;

/**
 * Runs in the page: moves a slider on schedule, as a drag does, and waits for the last face.
 * Events that fell due while the page was blocked go out together as soon as it can run them,
 * as queued input would.
 */
async function storm({ rate, seconds, sliderId }: { rate: number; seconds: number; sliderId: string }): Promise<void> {
  const slider = document.getElementById(`slider-${sliderId}`) as HTMLInputElement;
  const count = Math.round(rate * seconds);
  const start = performance.now();
  for (let next = 0; next < count;) {
    await new Promise((r) => setTimeout(r, Math.max(0, start + (next * 1000) / rate - performance.now())));
    while (next < count && start + (next * 1000) / rate <= performance.now()) {
      slider.value = String(10 + (next % 160 < 80 ? next % 160 : 160 - (next % 160)));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      next++;
    }
  }
  await window.__faceExplorer!.idle();
}

async function main() {
  const { values } = parseArgs({
    options: {
      backend: { type: 'string', default: 'wasm' },
      model: { type: 'boolean', default: false },
      rate: { type: 'string', default: '60' },
      seconds: { type: 'string', default: '5' },
      root: { type: 'string', default: 'dist-e2e' },
    },
  });
  const stormSettings = { rate: Number(values.rate), seconds: Number(values.seconds), sliderId: 'smiling' };
  const model: Record<string, string> = values.model ? { model: '../__test__/tiny-model' } : {};
  const rows: ResponsivenessRow[] = [];
  const { version, firstFace } = await withBrowser({ root: resolve(values.root!), log }, async (session) => {
    for (const engine of ENGINES) {
      const page = await session.openApp({ query: { backend: values.backend!, engine, seed: '1', ...model } });
      log(`${engine}: slider storm…`);
      const stormName = `slider storm ${stormSettings.rate}/s × ${stormSettings.seconds} s`;
      rows.push(summarizeResponsiveness(engine, stormName, await watched(page, () => page.evaluate(storm, stormSettings))));
      // The same storm with the readout held, so faces are timed alone on both engines.
      await page.evaluate(() => window.__faceExplorer!.holdReadout(true));
      rows.push(
        summarizeResponsiveness(engine, `${stormName}, readout held`, await watched(page, () => page.evaluate(storm, stormSettings))),
      );
      // Faces alone on a page with nothing else to do: the engine's own cost per face.
      rows.push(
        summarizeResponsiveness(
          engine,
          '6 faces one at a time, readout held',
          await watched(page, () => page.evaluate(oneAtATime, { count: 6, seed: 100 })),
        ),
      );
      await page.evaluate(() => window.__faceExplorer!.holdReadout(false));
      log(`${engine}: gallery…`);
      const gallery = await watched(page, async () => {
        await page.getByRole('button', { name: 'Gallery' }).click();
        await page.evaluate(() => window.__faceExplorer!.idle());
      });
      rows.push(summarizeResponsiveness(engine, '9-face gallery', gallery));
      await page.close();
    }
    log('first face with no ?backend=…');
    const page = await session.openApp({ query: { seed: '1', ...model }, ready: 'first-face' });
    const at = await page.evaluate(() => window.__faceExplorer!.firstFrameAt()!);
    const why = (await page.getByTestId('backend-why').count()) ? await page.getByTestId('backend-why').innerText() : '';
    const backend = await page.evaluate(() => window.__faceExplorer!.backend());
    return { version: session.version, firstFace: `${(at / 1000).toFixed(1)} s on ${backend} ${why}`.trim() };
  });
  const what = values.model ? 'tiny test model' : 'ProGAN-128 (float16 weights)';
  console.log(`\n${what}, ${values.backend} backend, headless Chromium ${version}\n`);
  console.log(formatResponsivenessTable(rows));
  console.log(`\nFirst face with no ?backend= (from navigation): ${firstFace}`);
}

await main();
