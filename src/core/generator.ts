import { loadGraphModel, type GraphModel } from '@tensorflow/tfjs-converter';
import * as tf from '@tensorflow/tfjs-core';
import { sequentialCuts, type GraphNode } from './graphCuts';
import type { ModelManifest } from './manifest';

/**
 * ProGAN-128 on the current tfjs backend. Built from in-memory artifacts so a lost GPU
 * context only needs a rebuild, not a re-download.
 */
export class FaceGenerator {
  private constructor(
    private readonly model: GraphModel,
    readonly manifest: ModelManifest,
    readonly backend: string,
    /** Where `generateInSteps` pauses (graphCuts.ts); none: one step. */
    readonly cuts: readonly string[],
  ) {}

  static async create(artifacts: tf.io.ModelArtifacts, manifest: ModelManifest): Promise<FaceGenerator> {
    const model = await loadGraphModel(tf.io.fromMemory(artifacts));
    const nodes = (artifacts.modelTopology as { node?: GraphNode[] } | undefined)?.node ?? [];
    return new FaceGenerator(model, manifest, tf.getBackend(), sequentialCuts(nodes));
  }

  get latentSize(): number {
    return this.manifest.latentSize;
  }

  /** Faces [N,128,128,3] in [0,1] for latents [N,latentSize]; the caller disposes the result. */
  generate(latents: tf.Tensor2D): tf.Tensor4D {
    if (latents.shape[1] !== this.latentSize) {
      throw new Error(`latent size ${latents.shape[1]} does not match the model's ${this.latentSize}`);
    }
    return tf.tidy(() => this.model.execute({ [this.manifest.inputName]: latents }) as tf.Tensor4D);
  }

  /** Faces for plain latent arrays, one batch; the caller disposes the result. */
  generateFrom(latents: readonly Float32Array[]): tf.Tensor4D {
    return tf.tidy(() => {
      const batch = tf.tensor2d(concatRows(latents, this.latentSize), [latents.length, this.latentSize]);
      return this.generate(batch);
    });
  }

  /**
   * The same faces one step at a time: after each step `between` runs, and when it answers false
   * (a user's request came in) the faces are given up and null returned. Faces drawn ahead use it.
   */
  async generateInSteps(latents: readonly Float32Array[], between: () => Promise<boolean>): Promise<tf.Tensor4D | null> {
    let name = this.manifest.inputName;
    let current: tf.Tensor = tf.tensor2d(concatRows(latents, this.latentSize), [latents.length, this.latentSize]);
    for (const cut of [...this.cuts, null]) {
      const input = current;
      current = tf.tidy(() => this.model.execute({ [name]: input }, cut ?? undefined) as tf.Tensor);
      input.dispose();
      if (cut === null) break;
      name = cut;
      if (!(await between())) {
        current.dispose();
        return null;
      }
    }
    return current as tf.Tensor4D;
  }

  /** Runs one face so shaders compile and weights upload before the first visible frame. */
  async warmUp(): Promise<void> {
    const face = this.generateFrom([new Float32Array(this.latentSize)]);
    try {
      await face.data();
    } finally {
      face.dispose();
    }
  }

  dispose(): void {
    this.model.dispose();
  }
}

function concatRows(rows: readonly Float32Array[], width: number): Float32Array {
  const out = new Float32Array(rows.length * width);
  rows.forEach((row, i) => {
    if (row.length !== width) throw new Error(`latent ${i} has ${row.length} values, expected ${width}`);
    out.set(row, i * width);
  });
  return out;
}
