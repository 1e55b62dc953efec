/**
 * What the live readout says about its numbers. The engine measures each face as it rests
 * (engine/frameStages.ts), and during endless input one now and then (faceRuntime.ts).
 */
/**
 * Faces smaller than this are not measured: the fit measured 128 px faces, and the detector
 * finds nothing in a thumbnail (the tests' tiny model draws 8 px ones).
 */
export const MIN_MEASURABLE_SIZE = 64;

/** 'none' before the first measurement; 'stale' while a newer frame than the measured one is pending. */
export type Freshness = 'none' | 'fresh' | 'stale';
