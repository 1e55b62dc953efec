/** The face downloads as a PNG named after its settings, at the model's size and upscaled. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { TINY_MODEL, TINY_MODEL_64, settledTensorCount, waitForFace } from './appPage';
import { expect, test } from './fixtures';

const PNG_SIGNATURE = '89504e470d0a1a0a';

/** Width and height from a PNG's IHDR chunk, which always comes first. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function download(page: Page, button: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const bytes = await readFile((await file.path())!);
  return { name: file.suggestedFilename(), size: pngSize(bytes), bytes };
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The decoded pixels of a PNG, as a hash of their RGBA bytes. */
const pngPixels = (bytes: Buffer) => sha256(PNG.sync.read(bytes).data);

/** The face canvas's RGBA bytes as a hash, drawn at `size` px the way a download scales (null: as it is). */
const canvasPixels = (page: Page, size: number | null) =>
  page.evaluate(async (size) => {
    const face = document.querySelector('canvas.face') as HTMLCanvasElement;
    const out = document.createElement('canvas');
    out.width = out.height = size ?? face.width;
    const context = out.getContext('2d')!;
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = 'high';
    context.drawImage(face, 0, 0, out.width, out.height);
    const { data } = context.getImageData(0, 0, out.width, out.height);
    const digest = await crypto.subtle.digest('SHA-256', data);
    return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  }, size);

interface Paint {
  seq: number;
  pixels: string;
}

/** Every face painted on the main canvas, in order, with its pixels (a corrected face repaints its request). */
async function watchPaints(page: Page): Promise<() => Promise<Paint[]>> {
  await page.evaluate(() => {
    const paints: Paint[] = [];
    (window as { paints?: Paint[] }).paints = paints;
    const face = document.querySelector('canvas.face') as HTMLCanvasElement;
    window.__faceExplorer!.onFrameDrawn((seq) => paints.push({ seq, pixels: face.toDataURL() }));
  });
  return () => page.evaluate(() => (window as { paints?: Paint[] }).paints!);
}

test('saves the face as PNG at the model size and at 512 px, named after its settings', async ({ page, openApp }) => {
  await openApp({ backend: 'cpu', model: TINY_MODEL, seed: '42', smiling: '80', male: '30', lock: 'male' });
  await waitForFace(page);
  const modelSize = await page.evaluate(() => (document.querySelector('canvas.face') as HTMLCanvasElement).width);

  const large = await download(page, '512 px');
  expect(large).toMatchObject({ name: 'face-seed42-smiling80-male30-lockMale-512px.png', size: { width: 512, height: 512 } });

  const original = await download(page, 'Original size');
  expect(original).toMatchObject({
    name: `face-seed42-smiling80-male30-lockMale-${modelSize}px.png`,
    size: { width: modelSize, height: modelSize },
  });
});

test('leaves no tensors behind', async ({ page, openApp }) => {
  await openApp({ backend: 'cpu', model: TINY_MODEL, seed: '43' });
  await waitForFace(page);
  const before = await settledTensorCount(page);
  await download(page, '512 px');
  await download(page, 'Original size');
  expect(await settledTensorCount(page)).toBe(before);
});

test.describe('downloads are the face on screen', () => {
  // Faces the fake measurer reads, so Male is held by correcting the face once it rests.
  const LINK = { model: TINY_MODEL_64, measurer: 'fake', seed: '7', smiling: '100', lock: 'male' };

  test('with Male locked and Smiling at 100, the model-size PNG is the corrected face on the canvas', async ({ page, openApp }) => {
    await openApp(LINK);
    await waitForFace(page);
    const paints = await watchPaints(page);
    await page.getByRole('slider', { name: 'Young' }).fill('60');
    await waitForFace(page);
    const painted = await paints();
    // The face was painted as drawn, then corrected: a different face, and the download must be the second.
    const last = painted.filter((p) => p.seq === painted.at(-1)!.seq);
    expect(last).toHaveLength(2);
    expect(last[1]!.pixels).not.toBe(last[0]!.pixels);
    const file = await download(page, 'Original size');
    expect(file.size).toEqual({ width: 64, height: 64 });
    expect(pngPixels(file.bytes)).toBe(await canvasPixels(page, null));
  });

  test('the 512 px PNG is the HD face on screen', async ({ page, openApp }) => {
    await openApp({ ...LINK, hd: '1' });
    await waitForFace(page);
    await expect(page.locator('canvas.face')).toHaveJSProperty('width', 256);
    const file = await download(page, '512 px');
    expect(pngPixels(file.bytes)).toBe(await canvasPixels(page, 512));
  });
});
