/**
 * The faces still to prepare, in the plan's order. A plan holds only while the user stays on
 * its line: a new seed, a lock or another slider moved makes the faces along the old line
 * worthless, so they are dropped at once.
 */
import type { PrepareTarget } from './preparePlan';
import { sameExcept } from './preparePlan';
import type { FrameState } from '../presenter/frameState';

export interface PrepareItem extends PrepareTarget {
  /** The state the prepared face shows. */
  state: FrameState;
  latent: Float32Array;
  /** The seed's face as generated, for the identity distance. */
  reference: Float32Array;
}

export class PrepareQueue {
  private items: PrepareItem[] = [];

  get length(): number {
    return this.items.length;
  }

  replace(items: PrepareItem[]): void {
    this.items = [...items];
  }

  /** The user asked for `state`: keep only the faces along a slider from it. */
  retarget(state: FrameState): void {
    this.items = this.items.filter((item) => sameExcept(item.state, state, item.varies));
  }

  /** Takes the next `count` faces not yet kept. */
  take(count: number, kept: (state: FrameState) => boolean): PrepareItem[] {
    const taken: PrepareItem[] = [];
    while (taken.length < count && this.items.length > 0) {
      const item = this.items.shift()!;
      if (!kept(item.state)) taken.push(item);
    }
    return taken;
  }
}
