/**
 * The two custom Keras layers @upscalerjs/esrgan-thick's model.json names, as its source defines
 * them: MultiplyBeta scales a residual by beta; PixelShuffle4x is depth-to-space by 4.
 */
import * as tf from '@tensorflow/tfjs';

const single = (inputs: tf.Tensor | tf.Tensor[]) => (Array.isArray(inputs) ? inputs[0]! : inputs);

class MultiplyBeta extends tf.layers.Layer {
  static className = 'MultiplyBeta';
  private readonly beta: number;
  constructor(config: { beta?: number; name?: string }) {
    super({ name: config.name });
    this.beta = config.beta ?? 0.2;
  }
  call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.mul(single(inputs), this.beta);
  }
}

class PixelShuffle4x extends tf.layers.Layer {
  static className = 'PixelShuffle4x';
  private readonly scale: number;
  constructor(config: { scale?: number; name?: string }) {
    super({ name: config.name });
    this.scale = config.scale ?? 4;
  }
  computeOutputShape(shape: tf.Shape): tf.Shape {
    const [n, h, w, c] = shape;
    const s = this.scale;
    return [n!, h === null ? null : h! * s, w === null ? null : w! * s, c! / (s * s)];
  }
  call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.depthToSpace(single(inputs) as tf.Tensor4D, this.scale, 'NHWC');
  }
}

let registered = false;
export function registerThickLayers(): void {
  if (registered) return;
  tf.serialization.registerClass(MultiplyBeta);
  tf.serialization.registerClass(PixelShuffle4x);
  registered = true;
}
