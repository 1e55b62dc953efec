/**
 * What the engine and the fit record say: notices from the engine (HD, offline storage, backends),
 * the status line's reasons and the directions file's fit record in About.
 */
export const engine = {
  'fit.fitted': 'Fitted on {date} from {n} generated faces, {used} of them detected (score ≥ {score}); {heldOut} held out for the metrics.',
  'fit.logistic':
    'Logistic regression; held out: accuracy {accuracy}, AUC {auc} ({train} train / {test} test faces, {positive} positive); stability {stability}.',
  'fit.ridge':
    'Ridge regression; held out: R² {r2}, RMSE {rmse} against a spread of {spread} ({train} train / {test} test faces); stability {stability}.',
  'fit.noMetrics': 'No held-out metrics recorded.',
  'fit.noTarget': 'a target the file does not record',
  // The targets scripts/fit/attributeSpecs.ts writes, word for word: English shows the file's own words.
  'fit.target.young': 'face-api apparent age in years, negated (+ = younger)',
  'fit.target.smiling': 'face-api expression happy > 0.5',
  'fit.target.male': 'face-api pMale > 0.5',
  'fit.target.skinTone':
    "apparent skin lightness L* of the lit bare skin (src/core/measure/apparentSkin.ts; + = lighter), held apart from the picture's brightness",
  'fit.target.headTurn': 'yaw in degrees from landmarks (+ = face turned toward the image right)',
  'engine.hdUnavailable': "HD faces are unavailable ({error}); the face is shown at the model's size.",
  'engine.notKeptOffline':
    'The face model could not be kept for offline use ({why}); it works online, and offline use needs about {megabytes} MB of free storage.',
  'engine.storageFull': 'the browser’s storage for this site is full',
  'engine.forcedFailed': 'The {forced} backend could not start ({why}); using {backend} instead.',
  'engine.unknownReason': 'unknown reason',
  'engine.notInitialised': 'it did not initialise in this browser',
  'engine.softwareGpu': 'software GPU detected ({gpus}): using {backend} instead',
  'engine.webglLost': 'The WebGL context was lost',
  'engine.webgpuLost': 'The WebGPU device was lost ({reason})',
  'engine.noReasonGiven': 'no reason given',
  'engine.backendFailed': 'The {backend} backend failed ({error})',
  'engine.thread.noWorkers': 'this browser has no module workers',
  'engine.thread.noOffscreenCanvas': 'this browser has no OffscreenCanvas for GPU drawing in a worker',
  'engine.thread.safari': 'Safari draws with WebGL only on the page',
} as const;
