/**
 * Where a generator graph can be cut into steps: after a convolution that everything later
 * depends on alone. A face drawn ahead runs step by step, so a user's request waits for one step
 * (a fraction of a face on the CPU) instead of a whole face.
 */

/** A node as a tfjs model.json lists it. */
export interface GraphNode {
  name: string;
  op: string;
  input?: readonly string[];
}

const CUT_OPS = new Set(['Conv2D', '_FusedConv2D']);

/** "name:1" and "^name" (a control input) are the node "name". */
const nodeName = (input: string) => input.replace(/^\^/, '').split(':')[0]!;

/**
 * The convolutions, in graph order, at which the graph splits in two: nothing after the cut
 * reads any tensor from before it but the cut's own output (weights aside).
 */
export function sequentialCuts(nodes: readonly GraphNode[]): string[] {
  const constant = new Set(nodes.filter((n) => n.op === 'Const').map((n) => n.name));
  const inputsOf = new Map(nodes.map((n) => [n.name, (n.input ?? []).map(nodeName).filter((i) => !constant.has(i))]));
  const cuts: string[] = [];
  for (const cut of nodes) {
    if (!CUT_OPS.has(cut.op)) continue;
    const before = new Set<string>();
    const stack = [cut.name];
    while (stack.length > 0) {
      const name = stack.pop()!;
      if (before.has(name)) continue;
      before.add(name);
      stack.push(...(inputsOf.get(name) ?? []));
    }
    const after = nodes.filter((n) => !constant.has(n.name) && !before.has(n.name));
    const clean = after.every((n) => inputsOf.get(n.name)!.every((i) => i === cut.name || !before.has(i)));
    if (clean && after.length > 0) cuts.push(cut.name);
  }
  return cuts;
}
