/**
 * The face measurer in the browser: the same framework-free FaceMeasurer the fit used, with
 * face-api's build that imports our tfjs (so it runs on whatever backend draws the faces) and
 * its weights fetched from this site. Loaded on first use, in a chunk of its own, so the first
 * face does not wait for it.
 */
import { FACE_API_MODEL_PATH } from '../core/measure/faceApiFiles';
import { loadFaceMeasurer, type FaceMeasurer } from '../core/measure/faceMeasurer';

let loading: Promise<FaceMeasurer> | null = null;

export function browserFaceMeasurer(): Promise<FaceMeasurer> {
  loading ??= load().catch((error: unknown) => {
    // Forget the failure, so a later use (after a network blip) tries again.
    loading = null;
    throw error;
  });
  return loading;
}

async function load(): Promise<FaceMeasurer> {
  const faceapi = await import('@vladmandic/face-api/dist/face-api.esm-nobundle.js');
  const base = new URL(FACE_API_MODEL_PATH, window.location.href);
  return loadFaceMeasurer(faceapi, async (fileName) => {
    const response = await fetch(new URL(fileName, base));
    if (!response.ok) throw new Error(`${fileName}: HTTP ${response.status} ${response.statusText}`.trim());
    return response.arrayBuffer();
  });
}
