import * as tf from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';
import type { Tile } from './tiles';

/** How a super-resolution network is fed: its scale and the pixel range it reads and writes. */
export interface UpscalerSpec {
  scale: number;
  /** The range the network's input and output use, e.g. [0, 255] for ESRGAN. */
  pixelRange: [number, number];
}

/**
 * A ×N super-resolution network (ESRGAN layers model) on the current tfjs backend, built from
 * in-memory artifacts like the generator, so a lost GPU only needs a rebuild.
 */
export class FaceUpscaler {
  private constructor(
    private readonly model: LayersModel,
    readonly spec: UpscalerSpec,
    readonly backend: string,
  ) {}

  static async create(artifacts: tf.io.ModelArtifacts, spec: UpscalerSpec): Promise<FaceUpscaler> {
    // tfjs-layers (330 KB of script) is needed for HD only, after the first face: imported then.
    const { loadLayersModel } = await import('@tensorflow/tfjs-layers');
    const model = await loadLayersModel(tf.io.fromMemory(artifacts));
    return new FaceUpscaler(model, spec, tf.getBackend());
  }

  /** Faces [N,H,W,3] in [0,1] → [N,scale·H,scale·W,3] in [0,1]; the caller disposes the result. */
  upscale(faces: tf.Tensor4D): tf.Tensor4D {
    const [low, high] = this.spec.pixelRange;
    return tf.tidy((): tf.Tensor4D => {
      const input = faces.mul(high - low).add(low);
      const output = this.model.predict(input) as tf.Tensor4D;
      return output
        .sub(low)
        .div(high - low)
        .clipByValue(0, 1) as tf.Tensor4D;
    });
  }

  /** One tile's input region of a face [1,H,W,3], upscaled; the caller disposes the result. */
  upscaleTile(face: tf.Tensor4D, tile: Tile): tf.Tensor4D {
    return tf.tidy(() =>
      this.upscale(face.slice([0, tile.inputY, tile.inputX, 0], [1, tile.inputHeight, tile.inputWidth, 3]) as tf.Tensor4D),
    );
  }

  dispose(): void {
    this.model.dispose();
  }
}
