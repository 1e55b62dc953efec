/**
 * Prepares faces ahead while the face rests (core/prepare/): draws the plan's faces a batch at a
 * time and keeps them for drags, key steps, Play and Back/Forward, then measures them in the same
 * order. It works only while `canWork` says the user is waiting for nothing, and checks again
 * before every batch, between the steps of a face (core/graphCuts.ts) and before every
 * measurement, so a user's face waits for one step of one face at most.
 */
import type { FaceImage } from '../core/faceBytes';
import type { FaceReadings } from '../core/frameRecord';
import { PreparedCache, type PreparedFace } from '../core/prepare/preparedCache';
import { sameExcept } from '../core/prepare/preparePlan';
import { PrepareQueue, type PrepareItem } from '../core/prepare/prepareQueue';
import type { FrameState } from '../core/presenter/frameState';

export interface PreparerDeps {
  /** Faces drawn step by step, `between` after each step; null when it answered false (given up). */
  render(latents: Float32Array[], between: () => Promise<boolean>): Promise<FaceImage[] | null>;
  /** Readings of a prepared face, or null when measuring is held. */
  readings(image: FaceImage, latent: Float32Array, reference: Float32Array): Promise<FaceReadings> | null;
  /** Nothing of the user's is waiting, drawing or resting. */
  canWork(): boolean;
  /** The newest state the user asked for: what eviction keeps close. */
  near(): FrameState | null;
  /** Faces drawn in one go: 1 on the CPU, more on a GPU. */
  batchSize: number;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class FacePreparer {
  readonly cache = new PreparedCache();
  private readonly queue = new PrepareQueue();
  /** Faces drawn ahead whose readings are still to come, in the plan's order. */
  private unmeasured: PrepareItem[] = [];
  private working: Promise<void> | null = null;
  /** Faces drawn ahead so far (a test checks that a drag over prepared faces draws none). */
  drawn = 0;

  constructor(private readonly deps: PreparerDeps) {}

  /** Faces of the plan still to draw or measure. */
  get pending(): number {
    return this.queue.length + this.unmeasured.length;
  }

  /** A new plan replaces the old one; an empty plan (switched off, tab hidden) stops the work. */
  plan(items: PrepareItem[]): void {
    this.queue.replace(items);
    this.unmeasured = [];
    this.kick();
  }

  /** The user asked for `state`: drop the faces that no longer fit it. */
  retarget(state: FrameState): void {
    this.queue.retarget(state);
    this.unmeasured = this.unmeasured.filter((item) => sameExcept(item.state, state, item.varies));
  }

  remember(face: PreparedFace): void {
    const near = this.deps.near();
    if (near) this.cache.put(face, near);
  }

  /** Starts working through the plan if the user waits for nothing. */
  kick(): void {
    if (this.working || !this.deps.canWork() || this.queue.length === 0) return;
    this.working = this.work().finally(() => (this.working = null));
  }

  /** Resolves when the batch in hand is done (a user's request waits for it). */
  async settled(): Promise<void> {
    await this.working;
  }

  forget(): void {
    this.queue.replace([]);
    this.unmeasured = [];
    this.cache.clear();
  }

  private async work(): Promise<void> {
    // A task boundary before each step: a face and its readings can resolve in microtasks alone
    // (WASM), and a user's request is a message that only a new task lets in.
    while ((await nextTask(), this.deps.canWork())) {
      const batch = this.queue.take(this.deps.batchSize, (state) => this.cache.has(state));
      if (batch.length > 0) {
        // Faces first, readings after: the plan's whole reach is ready sooner for a drag.
        // Between steps a user's request gets in; the batch is given up for it (the next plan, sent
        // when the face rests again, asks for these faces anew).
        const images = await this.deps.render(
          batch.map((item) => item.latent),
          async () => (await nextTask(), this.deps.canWork()),
        );
        if (!images) return;
        this.drawn += batch.length;
        for (const [i, item] of batch.entries()) {
          this.remember({ state: item.state, image: images[i]! });
          this.unmeasured.push(item);
        }
        continue;
      }
      const item = this.unmeasured.shift();
      if (!item) return;
      const face = this.cache.exact(item.state);
      const readings = face && !face.readings ? await this.deps.readings(face.image, item.latent, item.reference) : null;
      if (face && readings) face.readings = readings;
    }
  }
}
