/**
 * The converted ProGAN graph upsamples ×2 as Tile (4 copies along the batch axis) followed by
 * BatchToSpaceND (2×2 blocks, no crops): nearest-neighbour upsampling spelt in two generic ops.
 * tfjs's WASM backend runs that pair slowly (measured in Node: 1.2 s of a 2.5 s face); one
 * ResizeNearestNeighbor gives the same values bit for bit, so prepare-model serves the graph
 * with the pair fused.
 */

export interface GraphNode {
  name: string;
  op: string;
  input?: string[];
  attr?: Record<string, unknown>;
}

export interface WeightSpec {
  name: string;
  shape: number[];
  dtype: 'float32' | 'int32';
}

export interface Graph<S extends WeightSpec = WeightSpec> {
  nodes: GraphNode[];
  tensors: { spec: S; data: Uint8Array }[];
}

/** Ops that keep a tensor's height and width (with the checks in `keepsSize`). */
const SIZE_KEEPING = new Set(['Add', 'AddV2', 'Mul', 'Maximum', 'Minimum', 'Square', 'Rsqrt', 'Mean', 'Identity', 'Tile']);

const nodeName = (input: string) => input.replace(/^\^/, '').replace(/:\d+$/, '');
const b64 = (text: string) => Buffer.from(text).toString('base64');

function int32Values(graph: Graph<WeightSpec>, name: string): number[] | null {
  const tensor = graph.tensors.find((t) => t.spec.name === name);
  if (!tensor || tensor.spec.dtype !== 'int32') return null;
  return Array.from(new Int32Array(tensor.data.slice().buffer));
}

function keepsSize(node: GraphNode): boolean {
  if (SIZE_KEEPING.has(node.op)) return true;
  if (node.op !== 'Conv2D') return false;
  const attr = node.attr as { padding?: { s?: string }; strides?: { list?: { i?: string[] } } };
  return attr.padding?.s === b64('SAME') && (attr.strides?.list?.i ?? []).every((s) => s === '1');
}

/**
 * How many ×2 upsamplings lie between `start` and the graph's output, following consumers; throws
 * where something else could change the size on the way, since the fused op needs it fixed.
 */
function upsamplingsAfter(start: GraphNode, consumers: Map<string, GraphNode[]>, isUpsampling: (n: GraphNode) => boolean): number {
  let count = 0;
  let frontier = consumers.get(start.name) ?? [];
  const seen = new Set<string>();
  while (frontier.length) {
    const next: GraphNode[] = [];
    for (const node of frontier) {
      if (seen.has(node.name)) continue;
      seen.add(node.name);
      if (isUpsampling(node)) count++;
      else if (!keepsSize(node) && node.op !== 'BatchToSpaceND') {
        throw new Error(`fuseNearestUpsampling: ${node.op} (${node.name}) after an upsampling may change the size`);
      }
      next.push(...(consumers.get(node.name) ?? []));
    }
    frontier = next;
  }
  return count;
}

/**
 * The graph with every Tile(×4 batch) + BatchToSpaceND(2×2) pair replaced by one
 * ResizeNearestNeighbor, given the square output size; the pair's constants go, the size
 * constants come. Anything that does not match the pattern exactly is left as it was.
 */
export function fuseNearestUpsampling<S extends WeightSpec>(graph: Graph<S>, outputSize: number): Graph<S> {
  const byName = new Map(graph.nodes.map((n) => [n.name, n]));
  const consumers = new Map<string, GraphNode[]>();
  for (const node of graph.nodes) {
    for (const input of node.input ?? []) {
      const list = consumers.get(nodeName(input)) ?? [];
      list.push(node);
      consumers.set(nodeName(input), list);
    }
  }
  const pairs = graph.nodes.flatMap((b2s) => {
    if (b2s.op !== 'BatchToSpaceND' || b2s.input?.length !== 3) return [];
    const tile = byName.get(nodeName(b2s.input[0]!));
    if (tile?.op !== 'Tile' || tile.input?.length !== 2 || consumers.get(tile.name)?.length !== 1) return [];
    const multiples = int32Values(graph, nodeName(tile.input[1]!));
    const block = int32Values(graph, nodeName(b2s.input[1]!));
    const crops = int32Values(graph, nodeName(b2s.input[2]!));
    const matches = multiples?.join() === '4,1,1,1' && block?.join() === '2,2' && crops?.length === 4 && crops.every((c) => c === 0);
    return matches ? [{ tile, b2s, constants: [tile.input[1]!, b2s.input[1]!, b2s.input[2]!].map(nodeName) }] : [];
  });
  if (!pairs.length) return graph;
  const fused = new Set(pairs.map((p) => p.b2s));
  const pairNodes = new Set(pairs.flatMap((p) => [p.tile, p.b2s]));
  // A constant goes with its pair unless something else reads it too.
  const dropped = new Set([
    ...pairs.map((p) => p.tile.name),
    ...pairs.flatMap((p) => p.constants).filter((name) => consumers.get(name)!.every((c) => pairNodes.has(c))),
  ]);
  const nodes: GraphNode[] = [];
  const tensors = graph.tensors.filter((t) => !dropped.has(t.spec.name));
  for (const node of graph.nodes) {
    if (dropped.has(node.name)) continue;
    const pair = pairs.find((p) => p.b2s === node);
    if (!pair) {
      nodes.push(node);
      continue;
    }
    const size = outputSize / 2 ** upsamplingsAfter(node, consumers, (n) => fused.has(n));
    if (!Number.isInteger(size)) throw new Error(`fuseNearestUpsampling: ${node.name} would output ${size} px`);
    const sizeName = `${node.name}/size`;
    nodes.push({
      name: sizeName,
      op: 'Const',
      attr: { value: { tensor: { dtype: 'DT_INT32', tensorShape: { dim: [{ size: '2' }] } } }, dtype: { type: 'DT_INT32' } },
    });
    tensors.push({ spec: { name: sizeName, shape: [2], dtype: 'int32' } as S, data: new Uint8Array(Int32Array.from([size, size]).buffer) });
    nodes.push({
      name: node.name,
      op: 'ResizeNearestNeighbor',
      input: [pair.tile.input![0]!, sizeName],
      attr: { T: { type: 'DT_FLOAT' }, align_corners: { b: false }, half_pixel_centers: { b: false } },
    });
  }
  return { nodes, tensors };
}
