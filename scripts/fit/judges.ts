/**
 * Both judges of a drawn face: face-api (the fit's own classifier, plus its 128-d descriptor) and
 * @vladmandic/human (independent nets), as one plain record to store per face.
 */
import { loadNodeFaceDescriber } from './nodeFaceDescriber';
import { loadNodeFaceMeasurer } from './nodeFaceMeasurer';
import { loadNodeHuman, type HumanReading } from './nodeHuman';

export interface FaceApiReading {
  found: boolean;
  age: number | null;
  pMale: number | null;
  pHappy: number | null;
  /** faceRecognitionNet's descriptor (found by its own detection pass; null when that missed). */
  descriptor: number[] | null;
}

export interface Judgement {
  faceApi: FaceApiReading;
  human: HumanReading;
}

export interface Judges {
  judge(rgb: Uint8Array, width: number, height: number): Promise<Judgement>;
  /** face-api alone, for the lock-hold loop (the fast path: no descriptor, no human). */
  faceApi(rgb: Uint8Array, width: number, height: number): Promise<Omit<FaceApiReading, 'descriptor'>>;
  dispose(): void;
}

/** Call after useWasmBackend(). */
export async function loadJudges(): Promise<Judges> {
  const measurer = await loadNodeFaceMeasurer();
  const describer = await loadNodeFaceDescriber();
  const human = await loadNodeHuman();
  const faceApi = async (rgb: Uint8Array, width: number, height: number) => {
    const m = await measurer.measureRgb(rgb, width, height);
    return m.found
      ? { found: true, age: m.age, pMale: m.pMale, pHappy: m.expressions.happy }
      : { found: false, age: null, pMale: null, pHappy: null };
  };
  return {
    faceApi,
    async judge(rgb, width, height) {
      const reading = await faceApi(rgb, width, height);
      const description = await describer.describeRgb(rgb, width, height);
      const descriptor = description.descriptor ? Array.from(description.descriptor) : null;
      return { faceApi: { ...reading, descriptor }, human: await human.readRgb(rgb, width, height) };
    },
    dispose: () => measurer.dispose(),
  };
}
