/**
 * The HD pass: the main face upscaled ×4 once nothing newer waits. The upscaler's files are
 * fetched and verified on first use (after the first face), like the generator's. On WASM a
 * network call blocks its thread, so the pass runs in tiles and gives way between them: a new
 * request waits for at most one tile, and a superseded pass stops there.
 */
import * as tf from '@tensorflow/tfjs-core';
import { rgbaToRgb, readRgbBytes, type FaceImage } from '../core/faceBytes';
import { validateUpscalerManifest, type UpscalerManifest } from '../core/manifest';
import { loadModelFiles, ModelFileError, type LoadedModelFiles } from '../core/modelFiles';
import { pasteTileCore, planTiles } from '../core/tiles';
import { FaceUpscaler } from '../core/upscaler';
import type { ReadFile } from '../core/modelFiles';
import { fetchFrom, forgetOfflineCopy } from './modelSource';
import type { Message } from '../i18n/catalogue';

/** Reads the upscaler's files; `keep` stores them for offline use once they are verified. */
export type UpscalerSource = (base: URL) => { read: ReadFile; keep: () => Promise<Message | null> };

export interface HdConfig {
  /** Awaited between tiles, so queued requests arrive and can supersede the pass. */
  giveWay: () => Promise<void>;
  /** Input pixels per tile side; context pixels read around each tile (seams vanish with enough). */
  tileSize: number;
  tileMargin: number;
  /** Where the files come from; the engine keeps them offline like the generator's. */
  source?: UpscalerSource;
}

export const HD_TILING = { tileSize: 64, tileMargin: 8 } as const;

export class HdRenderer {
  private base: string | null = null;
  private files: Promise<LoadedModelFiles<UpscalerManifest>> | null = null;
  private upscaler: FaceUpscaler | null = null;
  private generation = 0;

  constructor(private readonly config: HdConfig) {}

  get enabled(): boolean {
    return this.base !== null;
  }

  /** Where the upscaler's folder is (absolute URL ending in '/'), or null for HD off. */
  configure(base: string | null): void {
    this.cancel();
    if (base === this.base) return;
    this.base = base;
    this.files = null;
    this.dropModel();
  }

  /** Stops the pass in progress at its next tile. */
  cancel(): void {
    this.generation++;
  }

  /**
   * The face ×scale, or null once `cancel` was called or `wanted` says no (checked between
   * tiles). Rejects with a ModelFileError naming the upscaler file that failed.
   */
  async upscale(image: FaceImage, wanted: (() => boolean) | null): Promise<FaceImage | null> {
    const generation = this.generation;
    const superseded = () => wanted !== null && (generation !== this.generation || !wanted());
    const upscaler = await this.model();
    if (superseded()) return null;
    const { scale } = upscaler.spec;
    const out: FaceImage = {
      rgba: new Uint8ClampedArray(image.width * scale * image.height * scale * 4),
      width: image.width * scale,
      height: image.height * scale,
    };
    const face = tf.tidy(
      () => tf.tensor4d(rgbaToRgb(image.rgba), [1, image.height, image.width, 3], 'int32').toFloat().div(255) as tf.Tensor4D,
    );
    try {
      for (const tile of planTiles(image.width, image.height, this.config.tileSize, this.config.tileMargin)) {
        await this.config.giveWay();
        if (superseded()) return null;
        const upscaled = upscaler.upscaleTile(face, tile);
        const bytes = readRgbBytes(upscaled);
        upscaled.dispose();
        const [rgb] = await bytes;
        pasteTileCore(out.rgba, out.width, tile, scale, rgb!);
      }
    } finally {
      face.dispose();
    }
    return superseded() ? null : out;
  }

  /** The backend changed: the network is rebuilt on the next pass from the bytes already verified. */
  dropModel(): void {
    try {
      this.upscaler?.dispose();
    } catch {
      // A lost context cannot free what it held.
    }
    this.upscaler = null;
  }

  private async model(): Promise<FaceUpscaler> {
    if (this.upscaler && this.upscaler.backend === tf.getBackend()) return this.upscaler;
    this.dropModel();
    const base = this.base;
    if (!base) throw new Error('HD is off');
    let keep: (() => Promise<Message | null>) | null = null;
    if (!this.files) {
      const source = this.config.source?.(new URL(base)) ?? { read: fetchFrom(new URL(base)), keep: async () => null };
      keep = source.keep;
      this.files = loadModelFiles(source.read, { validate: validateUpscalerManifest });
    }
    const files = this.files;
    try {
      const { artifacts, manifest } = await files;
      const upscaler = await FaceUpscaler.create(artifacts, { scale: manifest.scale, pixelRange: manifest.pixelRange });
      if (this.files !== files) {
        upscaler.dispose();
        throw new Error('HD was switched off');
      }
      this.upscaler = upscaler;
      // The service worker starts after the first face, too late to see these requests: the bytes are stored here.
      if (keep) void keep().catch(() => {});
      return upscaler;
    } catch (error) {
      // Retry must fetch again, past any stale copy the service worker holds.
      if (this.files === files) this.files = null;
      if (error instanceof ModelFileError) await forgetOfflineCopy(new URL(error.file, base)).catch(() => {});
      throw error;
    }
  }
}
