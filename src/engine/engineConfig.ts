/** How the engine is set up on each side of the page: the app's choices, in one place. */
import { LatestWinsScheduler } from '../core/scheduler';
import type { FaceEngineConfig } from './faceEngine';
import { probeGpus } from './gpuProbe';
import { afterNextPaint } from './paint';

const latestWins: FaceEngineConfig['renderLoop'] = (run, events) => new LatestWinsScheduler(run, events);

/** A task boundary: every message that arrived meanwhile has been handled, so the newest state wins. */
const afterQueuedMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export const WORKER_ENGINE_CONFIG: FaceEngineConfig = { renderLoop: latestWins, beforeJob: afterQueuedMessages, probeGpus };

/** On the page a face blocks input, so the last face is painted and queued input handled first. */
export const PAGE_ENGINE_CONFIG: FaceEngineConfig = { renderLoop: latestWins, beforeJob: afterNextPaint, probeGpus };
