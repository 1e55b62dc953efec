/**
 * A loaded model as the runtime uses it: latents in, faces out as bytes. The generator on a
 * started backend is one; the runtime's tests use a fake, with no tfjs model behind it.
 */
import { readFaceImages, type FaceImage } from '../core/faceBytes';
import type { FaceGenerator } from '../core/generator';

export interface FaceModel {
  /** The tfjs backend it draws on. */
  readonly backend: string;
  render(latents: readonly Float32Array[]): Promise<FaceImage[]>;
  /**
   * The same faces drawn step by step, `between` run after each step; null when `between`
   * answers false (given up). A model that cannot step draws them in one go.
   */
  renderInSteps?(latents: readonly Float32Array[], between: () => Promise<boolean>): Promise<FaceImage[] | null>;
  dispose(): void;
}

/**
 * The generator as a FaceModel. `lost` rejects when its GPU is lost: a read-back that would
 * never finish on a dead context fails instead.
 */
export function generatorModel(generator: FaceGenerator, lost: Promise<never>): FaceModel {
  return {
    backend: generator.backend,
    async render(latents) {
      const faces = generator.generateFrom(latents);
      try {
        return await Promise.race([readFaceImages(faces), lost]);
      } finally {
        faces.dispose();
      }
    },
    async renderInSteps(latents, between) {
      const faces = await generator.generateInSteps(latents, between);
      if (!faces) return null;
      try {
        return await Promise.race([readFaceImages(faces), lost]);
      } finally {
        faces.dispose();
      }
    },
    dispose: () => generator.dispose(),
  };
}
