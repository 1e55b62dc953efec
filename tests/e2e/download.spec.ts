/** The face downloads as a PNG named after its settings, at the model's size and upscaled. */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { TINY_MODEL, settledTensorCount, waitForFace } from './appPage';
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
  return { name: file.suggestedFilename(), size: pngSize(await readFile((await file.path())!)) };
}

test('saves the face as PNG at the model size and at 512 px, named after its settings', async ({ page, openApp }) => {
  await openApp({ backend: 'cpu', model: TINY_MODEL, seed: '42', smiling: '80', male: '30', lock: 'male' });
  await waitForFace(page);
  const modelSize = await page.evaluate(() => (document.querySelector('canvas.face') as HTMLCanvasElement).width);

  const large = await download(page, '512 px');
  expect(large).toEqual({ name: 'face-seed42-smiling80-male30-lockMale-512px.png', size: { width: 512, height: 512 } });

  const original = await download(page, 'Original size');
  expect(original).toEqual({
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
