/**
 * The face-api weight files the measurer loads (faceMeasurer.ts's networks), as the site
 * serves them at models/face-api/: each network's manifest and its one shard.
 */
export const FACE_API_NETWORKS = [
  'tiny_face_detector_model',
  'face_landmark_68_model',
  'age_gender_model',
  'face_expression_model',
  'face_recognition_model',
] as const;

export const FACE_API_WEIGHT_FILES: readonly string[] = FACE_API_NETWORKS.flatMap((name) => [
  `${name}-weights_manifest.json`,
  `${name}.bin`,
]);

/** Where the site serves them, relative to the page. */
export const FACE_API_MODEL_PATH = 'models/face-api/';
