/** The tiny test model's sizes, shared by the model and its directions. */
export const TINY_LATENT_SIZE = 8;
export const TINY_OUTPUT_SHAPE: [number, number, number] = [8, 8, 3];
