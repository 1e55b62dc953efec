import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { readFaceImages, readRgbBytes, rgbaToRgb, rgbToRgba } from './faceBytes';

describe('face bytes', () => {
  it('quantises [0,1] floats by rounding and clips out-of-range values', async () => {
    const faces = tf.tensor4d([0, 0.5, 1, -0.2, 1.7, 0.499], [1, 1, 2, 3]);
    const [rgb] = await readRgbBytes(faces);
    faces.dispose();
    expect([...rgb!]).toEqual([0, 128, 255, 0, 255, 127]);
  });

  it('splits a batch into one array per face and leaves no tensor behind', async () => {
    const before = tf.memory().numTensors;
    const faces = tf.tensor4d([0, 0, 0, 1, 1, 1], [2, 1, 1, 3]);
    const images = await readFaceImages(faces);
    faces.dispose();
    expect(images.map((i) => [...i.rgba])).toEqual([
      [0, 0, 0, 255],
      [255, 255, 255, 255],
    ]);
    expect(images[0]).toMatchObject({ width: 1, height: 1 });
    expect(tf.memory().numTensors).toBe(before);
  });

  it('converts between RGB and opaque RGBA without loss', () => {
    const rgb = Uint8Array.from([1, 2, 3, 250, 251, 252]);
    const rgba = rgbToRgba(rgb);
    expect([...rgba]).toEqual([1, 2, 3, 255, 250, 251, 252, 255]);
    expect([...rgbaToRgb(rgba)]).toEqual([...rgb]);
  });
});
