/**
 * face-api in the browser, where the engine runs (usually its worker): the same framework-free
 * FaceMeasurer the fit used, with face-api's build that imports our tfjs (so it measures on the
 * backend that draws the faces) and its weights fetched from this site. Loaded on first use,
 * in a chunk of its own, so the first face does not wait for it.
 */
import { FACE_API_MODEL_PATH } from '../core/measure/faceApiFiles';
import type { FaceApiModule, FaceMeasurer } from '../core/measure/faceMeasurer';
import { loadFaceMeasurer } from '../core/measure/loadFaceMeasurer';

/** What the engine needs of a measurer source; tests give the engine a fake one through its config. */
export interface MeasurerProvider {
  get(): Promise<Pick<FaceMeasurer, 'measureRgb'>>;
  /** Forgets the loaded measurer (its weights lived on a lost backend). */
  reset(): void;
}

/**
 * face-api knows browsers and Node but not workers. It is only given tensors here, so the
 * canvas it would otherwise want is an OffscreenCanvas, never used for drawing.
 */
function giveWorkerEnvironment(faceapi: FaceApiModule): void {
  if (faceapi.env.isBrowser() || faceapi.env.isNodejs()) return;
  const unsupported = (what: string) => () => {
    throw new Error(`face-api asked for ${what}, which a worker does not have`);
  };
  faceapi.env.setEnv({
    Canvas: OffscreenCanvas,
    CanvasRenderingContext2D: OffscreenCanvasRenderingContext2D,
    Image: class {},
    ImageData,
    Video: class {},
    createCanvasElement: () => new OffscreenCanvas(1, 1),
    createImageElement: unsupported('an image element'),
    createVideoElement: unsupported('a video element'),
    fetch,
    readFile: unsupported('a file system'),
  } as unknown as Parameters<FaceApiModule['env']['setEnv']>[0]);
}

/** Loads the measurer once per backend; `reset` forgets it (its weights lived on a lost backend). */
export class MeasurerSource implements MeasurerProvider {
  private loading: Promise<FaceMeasurer> | null = null;

  constructor(private readonly siteRoot: string) {}

  get(): Promise<FaceMeasurer> {
    this.loading ??= this.load().catch((error: unknown) => {
      // Forget the failure, so a later use (after a network blip) tries again.
      this.loading = null;
      throw error;
    });
    return this.loading;
  }

  reset(): void {
    const loading = this.loading;
    this.loading = null;
    void loading?.then(
      (m) => m.dispose(),
      () => {},
    );
  }

  private async load(): Promise<FaceMeasurer> {
    const faceapi = await import('@vladmandic/face-api/dist/face-api.esm-nobundle.js');
    giveWorkerEnvironment(faceapi);
    const base = new URL(FACE_API_MODEL_PATH, this.siteRoot);
    return loadFaceMeasurer(faceapi, async (fileName) => {
      const response = await fetch(new URL(fileName, base));
      if (!response.ok) throw new Error(`${fileName}: HTTP ${response.status} ${response.statusText}`.trim());
      return response.arrayBuffer();
    });
  }
}
