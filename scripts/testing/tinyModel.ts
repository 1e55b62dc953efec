/**
 * A tiny stand-in for progan-128 with the same op set and graph shapes (pixel-norm, padded 4x4
 * first conv, Tile+BatchToSpaceND upsampling, leaky relu as Mul+Maximum, clip as Minimum+Maximum),
 * so tests exercise every kernel the real model needs on every backend in milliseconds.
 */
import { createHash } from 'node:crypto';
import { randomLcg, randomNormal } from 'd3-random';
import { SERVED_STORAGE, type ModelManifest, type WeightStorage } from '../../src/core/manifest';
import { fuseNearestUpsampling } from '../lib/nearestUpsampling';
import { encodeWeights } from '../lib/weightQuantization';
import { tinyDirections } from './tinyDirections';
import { TINY_LATENT_SIZE, TINY_OUTPUT_SHAPE } from './tinyShape';

const CHANNELS = 8;
const INPUT = 'latent_vector';
const PREFIX = 'tiny_apply_default';
const SHARD = 'group1-shard1of1.bin';

type DType = 'float32' | 'int32';
interface WeightSpec {
  name: string;
  shape: number[];
  dtype: DType;
}
type Attr = Record<string, unknown>;
interface GraphNode {
  name: string;
  op: string;
  input?: string[];
  attr: Attr;
}

const T_FLOAT: Attr = { T: { type: 'DT_FLOAT' } };
const b64 = (text: string) => Buffer.from(text).toString('base64');
const dims = (shape: number[]) => (shape.length ? { dim: shape.map((s) => ({ size: String(s) })) } : {});

class GraphBuilder {
  readonly nodes: GraphNode[] = [];
  readonly weights: WeightSpec[] = [];
  readonly data: Uint8Array[] = [];
  private count = 0;

  constant(name: string, shape: number[], values: ArrayLike<number>, dtype: DType = 'float32'): string {
    const tfType = dtype === 'int32' ? 'DT_INT32' : 'DT_FLOAT';
    const full = `${PREFIX}/${name}`;
    this.nodes.push({
      name: full,
      op: 'Const',
      attr: { value: { tensor: { dtype: tfType, tensorShape: dims(shape) } }, dtype: { type: tfType } },
    });
    this.weights.push({ name: full, shape, dtype });
    const typed = dtype === 'int32' ? Int32Array.from(values) : Float32Array.from(values);
    this.data.push(new Uint8Array(typed.buffer));
    return full;
  }

  op(op: string, inputs: string[], attr: Attr = T_FLOAT, name = `${op}_${this.count++}`): string {
    const full = `${PREFIX}/${name}`;
    this.nodes.push({ name: full, op, input: inputs, attr });
    return full;
  }
}

/** x * rsqrt(mean(x^2 over channels) + eps), ProGAN's pixel norm, spelt as the real graph does. */
function pixelNorm(g: GraphBuilder, x: string, i: number): string {
  const square = g.op('Square', [x]);
  const axis = g.constant(`Mean_${i}/reduction_indices`, [1], [-1], 'int32');
  const mean = g.op('Mean', [square, axis], { Tidx: { type: 'DT_INT32' }, ...T_FLOAT, keep_dims: { b: true } });
  const eps = g.constant(`add_eps_${i}/y`, [], [1e-8]);
  return g.op('Mul', [x, g.op('Rsqrt', [g.op('Add', [mean, eps])])]);
}

function conv(
  g: GraphBuilder,
  x: string,
  i: number,
  kernel: number,
  cin: number,
  cout: number,
  padding: 'SAME' | 'VALID',
  normal: () => number,
  gain = Math.SQRT2,
) {
  const scale = gain / Math.sqrt(kernel * kernel * cin);
  const w = Array.from({ length: kernel * kernel * cin * cout }, () => normal() * scale);
  const filter = g.constant(`Conv2D_${i}/merged_input`, [kernel, kernel, cin, cout], w);
  const attr = {
    explicit_paddings: { list: {} },
    ...T_FLOAT,
    dilations: { list: { i: ['1', '1', '1', '1'] } },
    data_format: { s: b64('NHWC') },
    use_cudnn_on_gpu: { b: true },
    padding: { s: b64(padding) },
    strides: { list: { i: ['1', '1', '1', '1'] } },
  };
  const bias = g.constant(
    `conv${i}/bias`,
    [cout],
    Array.from({ length: cout }, () => normal() * 0.1),
  );
  return g.op('Add', [g.op('Conv2D', [x, filter], attr), bias]);
}

function leakyRelu(g: GraphBuilder, x: string, i: number): string {
  const alpha = g.constant(`LeakyRelu_${i}/alpha`, [], [0.2]);
  return g.op('Maximum', [g.op('Mul', [alpha, x]), x]);
}

/** Nearest-neighbour 2x upsampling the way the converted ProGAN graph does it (fused when served). */
function upsample(g: GraphBuilder, x: string, i: number): string {
  const multiples = g.constant(`Tile_${i}/multiples`, [4], [4, 1, 1, 1], 'int32');
  const block = g.constant(`BatchToSpaceND_${i}/block_shape`, [2], [2, 2], 'int32');
  const crops = g.constant(`BatchToSpaceND_${i}/crops`, [2, 2], [0, 0, 0, 0], 'int32');
  const tiled = g.op('Tile', [x, multiples], { ...T_FLOAT, Tmultiples: { type: 'DT_INT32' } });
  return g.op('BatchToSpaceND', [tiled, block, crops], {
    Tcrops: { type: 'DT_INT32' },
    ...T_FLOAT,
    Tblock_shape: { type: 'DT_INT32' },
  });
}

/** Steps as fine as the real model's (about 1/700 of a tensor's range) for every weight tensor. */
function tinySteps(tensors: { spec: WeightSpec; data: Uint8Array }[]): Record<string, number> {
  const steps: Record<string, number> = {};
  for (const { spec, data } of tensors) {
    if (spec.dtype !== 'float32' || data.length / 4 < 64) continue;
    const values = new Float32Array(data.slice().buffer);
    steps[spec.name] = (Math.max(...values) - Math.min(...values)) / 700;
  }
  return steps;
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * model.json, one shard and manifest.json, keyed by file name; deterministic for a seed. `size`
 * (8, 16, 32 or 64 px) adds upsampling blocks: 64 px faces are large enough for the live readout.
 * Served like the real model: upsampling fused and weights in the site's storage, unless
 * `asConverted` (the package's graph, float32) or another `storage` is asked for.
 */
export function buildTinyModel(
  seed = 0.125,
  size = TINY_OUTPUT_SHAPE[0],
  { asConverted = false, storage = asConverted ? 'float32' : SERVED_STORAGE }: { asConverted?: boolean; storage?: WeightStorage } = {},
): Map<string, Uint8Array> {
  const extraBlocks = Math.log2(size / TINY_OUTPUT_SHAPE[0]);
  if (!Number.isInteger(extraBlocks) || extraBlocks < 0) throw new Error(`tiny model size must be 8 × a power of 2, got ${size}`);
  const outputShape: [number, number, number] = [size, size, 3];
  const normal = randomNormal.source(randomLcg(seed))(0, 1);
  const g = new GraphBuilder();
  g.nodes.push({
    name: INPUT,
    op: 'Placeholder',
    attr: { dtype: { type: 'DT_FLOAT' }, shape: { shape: dims([-1, TINY_LATENT_SIZE]) } },
  });
  let x = pixelNorm(g, INPUT, 0);
  x = g.op('Reshape', [x, g.constant('Reshape/shape', [4], [-1, 1, 1, TINY_LATENT_SIZE], 'int32')], {
    ...T_FLOAT,
    Tshape: { type: 'DT_INT32' },
  });
  const paddings = g.constant('Pad/paddings', [4, 2], [0, 0, 3, 3, 3, 3, 0, 0], 'int32');
  x = g.op('Pad', [x, paddings], { Tpaddings: { type: 'DT_INT32' }, ...T_FLOAT });
  x = pixelNorm(g, leakyRelu(g, conv(g, x, 0, 4, TINY_LATENT_SIZE, CHANNELS, 'VALID', normal), 0), 1);
  x = pixelNorm(g, leakyRelu(g, conv(g, x, 1, 3, CHANNELS, CHANNELS, 'SAME', normal), 1), 2);
  x = upsample(g, x, 0);
  x = pixelNorm(g, leakyRelu(g, conv(g, x, 2, 3, CHANNELS, CHANNELS, 'SAME', normal), 2), 3);
  for (let b = 0; b < extraBlocks; b++) {
    x = upsample(g, x, b + 1);
    x = pixelNorm(g, leakyRelu(g, conv(g, x, 10 + b, 3, CHANNELS, CHANNELS, 'SAME', normal), 10 + b), 10 + b);
  }
  // Gain and offset chosen so most pixels land inside [0,1] and some are clipped.
  x = conv(g, x, 3, 1, CHANNELS, 3, 'SAME', normal, 0.25);
  x = g.op('Add', [x, g.constant('rgb_offset', [3], [0.5, 0.5, 0.5])]);
  x = g.op('Minimum', [x, g.constant('clip_by_value/Minimum/y', [], [1])], T_FLOAT, 'clip_by_value/Minimum');
  const output = g.op('Maximum', [x, g.constant('clip_by_value/y', [], [0])], T_FLOAT, 'clip_by_value');

  const converted = { nodes: g.nodes, tensors: g.weights.map((spec, i) => ({ spec, data: g.data[i]! })) };
  const graph = asConverted ? converted : fuseNearestUpsampling(converted, size);
  const { specs, payload: weights } = encodeWeights(graph.tensors, storage, storage === 'entropy-coded' ? tinySteps(graph.tensors) : {});
  const modelJson = new Uint8Array(
    Buffer.from(
      JSON.stringify({
        format: 'graph-model',
        generatedBy: 'face-explorer scripts/testing/tinyModel.ts',
        convertedBy: null,
        signature: {
          inputs: { [`${INPUT}:0`]: { name: `${INPUT}:0`, dtype: 'DT_FLOAT', tensorShape: dims([-1, TINY_LATENT_SIZE]) } },
          outputs: { [`${output}:0`]: { name: `${output}:0`, dtype: 'DT_FLOAT', tensorShape: dims([-1, ...outputShape]) } },
        },
        modelTopology: { node: graph.nodes, library: {}, versions: {} },
        weightsManifest: [{ paths: [SHARD], weights: specs }],
      }),
    ),
  );
  const manifest: ModelManifest = {
    format: 'face-explorer-model/1',
    name: 'tiny-test',
    source: { package: 'face-explorer tests', version: '1', folder: 'scripts/testing/tinyModel.ts' },
    storage,
    latentSize: TINY_LATENT_SIZE,
    inputName: INPUT,
    outputShape,
    outputRange: [0, 1],
    modelJson: { path: 'model.json', bytes: modelJson.length, sha256: sha256(modelJson) },
    shards: [{ path: SHARD, bytes: weights.length, sha256: sha256(weights) }],
    totalBytes: modelJson.length + weights.length,
  };
  return new Map([
    ['manifest.json', new Uint8Array(Buffer.from(JSON.stringify(manifest, null, 2) + '\n'))],
    ['model.json', modelJson],
    [SHARD, weights],
    ['directions.json', new Uint8Array(Buffer.from(JSON.stringify(tinyDirections())))],
  ]);
}
