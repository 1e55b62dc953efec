/**
 * One deferred action that any newer input cancels: the exact face after a drag over prepared
 * faces is drawn only once the hand pauses. `done` lets an idle check wait for it either way.
 */
export class SettleTimer {
  private waiting: { timer: ReturnType<typeof setTimeout>; done: Promise<void>; settle: () => void } | null = null;

  get pending(): boolean {
    return this.waiting !== null;
  }

  /** Runs `action` after `ms` unless `cancel` or another `start` comes first. */
  start(ms: number, action: () => void): void {
    this.cancel();
    let settle!: () => void;
    const done = new Promise<void>((resolve) => (settle = resolve));
    const timer = setTimeout(() => {
      this.waiting = null;
      action();
      settle();
    }, ms);
    this.waiting = { timer, done, settle };
  }

  cancel(): void {
    if (!this.waiting) return;
    clearTimeout(this.waiting.timer);
    this.waiting.settle();
    this.waiting = null;
  }

  /** Resolves once nothing is waiting. */
  async settled(): Promise<void> {
    while (this.waiting) await this.waiting.done;
  }
}
