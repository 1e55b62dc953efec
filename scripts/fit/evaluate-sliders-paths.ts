/** Where the slider evaluation keeps its results and contact-sheet faces. */
import { resolve } from 'node:path';

export const EVAL_DIR = resolve(import.meta.dirname, '../../.cache/eval');
/** Faces of the first seeds are kept for a contact sheet, to check the classifiers by eye. */
export const SHEET_SEEDS = 4;
export const sheetImagePath = (name: string) => resolve(EVAL_DIR, 'images', `${encodeURIComponent(name)}.rgb`);
