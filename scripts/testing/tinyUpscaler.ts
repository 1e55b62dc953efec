/**
 * A tiny stand-in for the HD pass's ESRGAN (esrgan-slim ×4): a Keras layers model with the same
 * layer classes — Conv2D, Activation (relu), Concatenate, Add, UpSampling2D ×4 (nearest) — and a
 * few channels, so tests run every kernel the real upscaler needs on every backend in milliseconds.
 */
import { createHash } from 'node:crypto';
import { randomLcg, randomNormal } from 'd3-random';
import type { UpscalerManifest } from '../../src/core/manifest';

const CHANNELS = 4;
const GROWTH = 2;
const SHARD = 'group1-shard1of1.bin';
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

interface KerasLayer {
  class_name: string;
  name: string;
  config: Record<string, unknown>;
  inbound_nodes: unknown[];
}

const inbound = (...names: string[]) => [names.map((n) => [n, 0, 0, {}])];

export function buildTinyUpscaler(seed = 9): Map<string, Uint8Array> {
  const normal = randomNormal.source(randomLcg(seed))(0, 1);
  const layers: KerasLayer[] = [
    {
      class_name: 'InputLayer',
      name: 'LR',
      config: { batch_input_shape: [null, null, null, 3], dtype: 'float32', sparse: false, ragged: false, name: 'LR' },
      inbound_nodes: [],
    },
  ];
  const weights: { name: string; shape: number[]; dtype: 'float32' }[] = [];
  const data: Float32Array[] = [];
  const conv = (name: string, from: string, inC: number, outC: number, k: number, bias = 0) => {
    layers.push({
      class_name: 'Conv2D',
      name,
      config: {
        name,
        trainable: true,
        dtype: 'float32',
        filters: outC,
        kernel_size: [k, k],
        strides: [1, 1],
        padding: 'same',
        data_format: 'channels_last',
        dilation_rate: [1, 1],
        groups: 1,
        activation: 'linear',
        use_bias: true,
        kernel_initializer: { class_name: 'Zeros', config: {} },
        bias_initializer: { class_name: 'Zeros', config: {} },
        kernel_regularizer: null,
        bias_regularizer: null,
        activity_regularizer: null,
        kernel_constraint: null,
        bias_constraint: null,
      },
      inbound_nodes: inbound(from),
    });
    // Below He scale, so pixels in 0..255 come out around the last bias (128), rarely clipped.
    const scale = 0.6 * Math.sqrt(1 / (k * k * inC));
    weights.push({ name: `${name}/kernel`, shape: [k, k, inC, outC], dtype: 'float32' });
    data.push(Float32Array.from({ length: k * k * inC * outC }, () => normal() * scale));
    weights.push({ name: `${name}/bias`, shape: [outC], dtype: 'float32' });
    data.push(new Float32Array(outC).fill(bias));
  };
  const layer = (class_name: string, name: string, config: Record<string, unknown>, ...from: string[]) =>
    layers.push({ class_name, name, config: { name, trainable: true, dtype: 'float32', ...config }, inbound_nodes: inbound(...from) });

  conv('F_m1', 'LR', 3, CHANNELS, 3);
  conv('F_1_1', 'F_m1', CHANNELS, GROWTH, 3);
  layer('Activation', 'F_1_1_Relu', { activation: 'relu' }, 'F_1_1');
  layer('Concatenate', 'RDB_Concat_1_1', { axis: -1 }, 'F_m1', 'F_1_1_Relu');
  conv('LFF_1', 'RDB_Concat_1_1', CHANNELS + GROWTH, CHANNELS, 1);
  layer('Add', 'LRL_1', {}, 'LFF_1', 'F_m1');
  conv('UPN1', 'LRL_1', CHANNELS, CHANNELS, 3);
  layer('Activation', 'UPN1_Relu', { activation: 'relu' }, 'UPN1');
  layer('UpSampling2D', 'UPsample', { size: [4, 4], data_format: 'channels_last', interpolation: 'nearest' }, 'UPN1_Relu');
  conv('SR', 'UPsample', CHANNELS, 3, 3, 128);

  const shard = new Uint8Array(Buffer.concat(data.map((d) => Buffer.from(d.buffer))));
  const modelJson = new Uint8Array(
    Buffer.from(
      JSON.stringify({
        format: 'layers-model',
        generatedBy: 'face-explorer scripts/testing/tinyUpscaler.ts',
        convertedBy: null,
        modelTopology: {
          keras_version: '2.10.0',
          backend: 'tensorflow',
          model_config: {
            class_name: 'Functional',
            config: { name: 'tiny_upscaler', layers, input_layers: [['LR', 0, 0]], output_layers: [['SR', 0, 0]] },
          },
        },
        weightsManifest: [{ paths: [SHARD], weights }],
      }),
    ),
  );
  const manifest: UpscalerManifest = {
    format: 'face-explorer-upscaler/1',
    name: 'tiny-upscaler-x4',
    source: { package: 'face-explorer tests', version: '1', folder: 'scripts/testing/tinyUpscaler.ts' },
    storage: 'float32',
    scale: 4,
    pixelRange: [0, 255],
    modelJson: { path: 'model.json', bytes: modelJson.length, sha256: sha256(modelJson) },
    shards: [{ path: SHARD, bytes: shard.length, sha256: sha256(shard) }],
    totalBytes: modelJson.length + shard.length,
  };
  return new Map([
    ['manifest.json', new Uint8Array(Buffer.from(JSON.stringify(manifest, null, 2) + '\n'))],
    ['model.json', modelJson],
    [SHARD, shard],
  ]);
}
