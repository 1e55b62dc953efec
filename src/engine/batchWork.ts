/**
 * Batches of faces: the gallery's (in the render loop, never measured), a download's face to its
 * final record and the batches of sweeps and audits measured where the engine runs (outside the
 * loop, never superseded).
 */
import type { FrameRecord } from '../core/frameRecord';
import type { FaceModel } from './faceModel';
import type { FaceReader } from './faceReader';
import { runStages, type StageDeps } from './frameStages';
import type { BatchFace, EngineListener, GalleryRequest, MainRequest, MeasureBatchOptions, MeasuredBatch } from './protocol';

export async function drawFinal(model: FaceModel, request: MainRequest, stages: StageDeps): Promise<FrameRecord> {
  const started = performance.now();
  const [image] = await model.render([request.latent]);
  const record: FrameRecord = { id: request.id, state: request.state, image: image!, ms: performance.now() - started, final: false };
  return runStages(
    record,
    request,
    stages,
    () => {},
    () => false,
  );
}

export async function measureBatch(
  model: FaceModel,
  reader: FaceReader,
  faces: BatchFace[],
  options: MeasureBatchOptions,
): Promise<MeasuredBatch> {
  const images = await model.render(faces.map((f) => f.latent));
  const measurements = [];
  const identity: (number | null)[] = [];
  // One at a time: face-api holds the backend for each face anyway.
  for (const [i, image] of images.entries()) {
    const measurement = await reader.measure(image, { descriptor: options.descriptor });
    const { latent, reference } = faces[i]!;
    measurements.push(measurement);
    identity.push(options.descriptor && reference ? await reader.identity(measurement, latent, reference) : null);
  }
  return { images: options.images ? images : null, measurements, identity };
}

export async function renderGallery(model: FaceModel, job: GalleryRequest, listener: Pick<EngineListener, 'gallery'>): Promise<void> {
  const started = performance.now();
  const images = await model.render(job.latents);
  listener.gallery({ id: job.id, images, ms: performance.now() - started });
}
