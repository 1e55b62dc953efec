/**
 * Measuring in the engine: face-api's readings of a face, and its identity distance to the
 * seed's face as generated. Those reference faces are drawn and measured here once and kept
 * for a few seeds, so returning to a face costs nothing; the page never sends a face back.
 */
import { sameVector } from '../core/directionMath';
import type { FaceImage } from '../core/faceBytes';
import { rgbaToRgb } from '../core/faceBytes';
import type { FaceReadings } from '../core/frameRecord';
import { identityDistance } from '../core/identity';
import type { FaceMeasurement, MeasureOptions } from '../core/measure/faceMeasurer';
import { MIN_MEASURABLE_SIZE } from '../core/measure/measurable';
import type { MeasurerProvider } from './measurerSource';

export interface FaceReaderDeps {
  measurers: MeasurerProvider;
  render(latent: Float32Array): Promise<FaceImage>;
}

type Descriptor = Float32Array | null;

const latentKey = (latent: Float32Array) => Array.prototype.join.call(latent, ',');

export const isMeasurable = (image: FaceImage) => image.width >= MIN_MEASURABLE_SIZE && image.height >= MIN_MEASURABLE_SIZE;

export class FaceReader {
  private readonly references = new Map<string, Promise<Descriptor>>();
  /** The last face measured with its descriptor: the lock hold's first try and the readout share it. */
  private last: { image: FaceImage; measured: Promise<FaceMeasurement> } | null = null;

  constructor(
    private readonly deps: FaceReaderDeps,
    private readonly capacity = 32,
  ) {}

  measure(image: FaceImage, options: MeasureOptions = {}): Promise<FaceMeasurement> {
    const full = options.descriptor !== false;
    if (full && this.last?.image === image) return this.last.measured;
    const measured = this.deps.measurers.get().then((m) => m.measureRgb(rgbaToRgb(image.rgba), image.width, image.height, options));
    if (full) {
      const entry = { image, measured };
      this.last = entry;
      // A failure is not remembered: the next ask measures again.
      measured.catch(() => this.last === entry && (this.last = null));
    }
    return measured;
  }

  /** The readings of `image`, drawn from `latent`, with its identity distance to `reference`'s face. */
  async readings(image: FaceImage, latent: Float32Array, reference: Float32Array): Promise<FaceReadings> {
    if (!isMeasurable(image)) return { status: 'too-small' };
    const started = performance.now();
    try {
      const measurement = await this.measure(image);
      const identity = await this.identity(measurement, latent, reference);
      return { status: 'measured', measurement, identity, ms: performance.now() - started };
    } catch (error) {
      return { status: 'failed', error: error instanceof Error ? error.message : String(error) };
    }
  }

  /** The distance of a measured face to its seed's face as generated (null when either was not found). */
  async identity(measurement: FaceMeasurement, latent: Float32Array, reference: Float32Array): Promise<number | null> {
    if (!measurement.descriptor) return null;
    if (sameVector(latent, reference)) this.keep(latentKey(reference), Promise.resolve(measurement.descriptor));
    const descriptor = await this.referenceDescriptor(reference).catch(() => null);
    return identityDistance(descriptor, measurement.descriptor);
  }

  /** Measurements and references taken on a backend that is gone are taken again. */
  forget(): void {
    this.references.clear();
    this.last = null;
  }

  private referenceDescriptor(reference: Float32Array): Promise<Descriptor> {
    const key = latentKey(reference);
    const known = this.references.get(key);
    if (known) return known;
    const measured = this.deps.render(reference).then(async (face) => (await this.measure(face)).descriptor);
    // A failure (a lost backend) is not remembered: the next face tries again.
    measured.catch(() => this.references.get(key) === measured && this.references.delete(key));
    this.keep(key, measured);
    return measured;
  }

  private keep(key: string, descriptor: Promise<Descriptor>): void {
    this.references.delete(key);
    this.references.set(key, descriptor);
    if (this.references.size > this.capacity) this.references.delete(this.references.keys().next().value!);
  }
}
