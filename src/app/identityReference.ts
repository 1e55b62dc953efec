/**
 * The face as generated (every slider at 50) per seed, as identity descriptors: what the live
 * readout and the sweep compare each face with. A neutral face the readout already measured is
 * kept; otherwise the engine draws and measures it once (off the main thread) and it is kept
 * for a few seeds, so returning to a face costs nothing.
 */
import type { FaceMeasurement } from '../core/measure/faceMeasurer';
import type { FaceEngineApi } from '../engine/protocol';

/** A descriptor, or null when the detector found no face in the face as generated. */
type Reference = Float32Array | null;

export class IdentityReferences {
  private readonly references = new Map<number, Promise<Reference>>();

  constructor(private readonly capacity = 32) {}

  /** A measurement of `seed`'s face as generated, measured anyway. */
  remember(seed: number, measurement: FaceMeasurement): void {
    this.keep(seed, Promise.resolve(measurement.descriptor));
  }

  /** The descriptor of `seed`'s face as generated (`latent`), measured by the engine if not known. */
  descriptorFor(seed: number, latent: Float32Array, engine: Pick<FaceEngineApi, 'renderImages' | 'measure'>): Promise<Reference> {
    const known = this.references.get(seed);
    if (known) return known;
    const measured = engine.renderImages([latent]).then(([image]) => engine.measure(image!).then((m) => m.descriptor));
    // A failure (a lost backend) is not remembered: the next face tries again.
    measured.catch(() => this.references.get(seed) === measured && this.references.delete(seed));
    this.keep(seed, measured);
    return measured;
  }

  private keep(seed: number, reference: Promise<Reference>): void {
    this.references.delete(seed);
    this.references.set(seed, reference);
    if (this.references.size > this.capacity) this.references.delete(this.references.keys().next().value!);
  }
}

export const identityReferences = new IdentityReferences();
