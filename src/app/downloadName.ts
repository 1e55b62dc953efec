import { SLIDER_NEUTRAL } from '../core/attributes';

export interface FaceSettings {
  seed: number;
  /** Slider values by attribute id, in the order the sliders are shown. */
  sliders: Readonly<Record<string, number>>;
  locked: ReadonlySet<string>;
}

/** Keeps a name safe on every file system and readable: letters and digits only. */
const plain = (text: string) => text.replace(/[^A-Za-z0-9]/g, '');

/**
 * A PNG file name that says how to get the face back, e.g.
 * face-seed42-smiling80-male30-lockMale-512px.png: the seed, every slider away from neutral,
 * then the locks, then the size.
 */
export function downloadFileName(settings: FaceSettings, sizePx: number): string {
  const parts = [`seed${settings.seed}`];
  for (const [id, value] of Object.entries(settings.sliders)) {
    if (value !== SLIDER_NEUTRAL) parts.push(`${plain(id).toLowerCase()}${Math.round(value)}`);
  }
  for (const id of settings.locked) {
    const name = plain(id);
    parts.push(`lock${name.charAt(0).toUpperCase()}${name.slice(1)}`);
  }
  return `face-${parts.join('-')}-${sizePx}px.png`;
}
