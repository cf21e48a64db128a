import { Logger } from '@nestjs/common';
import type { EventStore, RecordedEvent, Subscription } from '@capaian/eventstore';

/**
 * An in-memory projection fed by a catch-up subscription on this service's own store, from the
 * first event. Rebuilding is therefore the normal start: the view is always a pure function of
 * the stored events. `apply` must be idempotent per event (it is called once per event here,
 * but a rebuild calls it again from scratch on a fresh view).
 */
export class LiveProjection {
  private readonly logger: Logger;
  private subscription?: Subscription;
  private caughtUp = false;
  private readonly waiters: Array<() => void> = [];

  constructor(
    readonly name: string,
    private readonly store: EventStore,
    private readonly apply: (event: RecordedEvent) => void,
    private readonly category?: string,
  ) {
    this.logger = new Logger(`Projection:${name}`);
  }

  start(): Promise<void> {
    const started = Date.now();
    return new Promise((resolve, reject) => {
      this.subscription = this.store.subscribe({
        fromPosition: 0,
        category: this.category,
        handler: async (e) => {
          this.apply(e);
        },
        onCaughtUp: (position) => {
          this.caughtUp = true;
          this.logger.log(`caught up at position ${position} in ${Date.now() - started} ms`);
          resolve();
          this.waiters.splice(0).forEach((w) => w());
        },
        onError: (error) => {
          this.logger.error(`projection stopped: ${String(error)}`);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      });
    });
  }

  get position(): number {
    return this.subscription?.position ?? 0;
  }

  get isCaughtUp(): boolean {
    return this.caughtUp;
  }

  /**
   * Events stored but not yet applied (a gauge). For a projection of one category, only that
   * category's events count (counted up to 10,000; beyond that the gauge says 10000).
   */
  async lag(): Promise<number> {
    if (!this.category) return Math.max(0, (await this.store.headPosition()) - this.position);
    let n = 0;
    for await (const _ of this.store.readAll({ category: this.category, fromPosition: this.position, maxCount: 10_000 })) n++;
    return n;
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
  }
}
