import { describe, expect, it } from 'vitest';
import { sequentialCuts, type GraphNode } from './graphCuts';

const node = (name: string, op: string, ...input: string[]): GraphNode => ({ name, op, input });

describe('sequentialCuts', () => {
  it('cuts after each convolution of a chain, weights aside', () => {
    const chain = [
      node('z', 'Placeholder'),
      node('w1', 'Const'),
      node('w2', 'Const'),
      node('c1', 'Conv2D', 'z', 'w1'),
      // Pixel norm reads its input twice: still a chain.
      node('sq', 'Square', 'c1'),
      node('n', 'Mul', 'c1', 'sq'),
      node('c2', 'Conv2D', 'n', 'w2'),
      node('out', 'Minimum', 'c2:0'),
    ];
    expect(sequentialCuts(chain)).toEqual(['c1', 'c2']);
  });

  it('does not cut where a later node reads a tensor from before the cut (a skip connection)', () => {
    const skip = [
      node('z', 'Placeholder'),
      node('w', 'Const'),
      node('a', 'Relu', 'z'),
      node('c1', 'Conv2D', 'a', 'w'),
      node('c2', 'Conv2D', 'c1', 'w'),
      node('sum', 'Add', 'c2', 'a'),
    ];
    expect(sequentialCuts(skip)).toEqual([]);
  });

  it('does not cut after the last node', () => {
    expect(sequentialCuts([node('z', 'Placeholder'), node('w', 'Const'), node('c', 'Conv2D', 'z', 'w')])).toEqual([]);
  });
});
