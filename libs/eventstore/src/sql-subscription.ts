import { AsyncLocalStorage } from 'node:async_hooks';
import type { RecordedEvent, SubscribeOptions, Subscription } from './port.js';

/** What a subscription needs from its store. */
export interface SubscriptionSource {
  readPage(fromPosition: number, category: string | undefined, limit: number): Promise<RecordedEvent[]>;
  wake(): void;
  readonly sequence: number;
  waitForWrite(ms: number, seenSequence: number): Promise<void>;
}

const handlerContext = new AsyncLocalStorage<SqlSubscription>();

export class SqlSubscription implements Subscription {
  readonly done: Promise<void>;
  private current: number;
  private stopped = false;

  constructor(
    private readonly store: SubscriptionSource,
    private readonly options: SubscribeOptions,
    private readonly pageSize: number,
    private readonly pollIntervalMs: number,
  ) {
    this.current = options.fromPosition ?? 0;
    this.done = this.run();
  }

  get position(): number {
    return this.current;
  }

  stop(): Promise<void> {
    this.stopped = true;
    this.store.wake();
    // Called from inside our own handler: the handler is the in-flight call, do not wait for it.
    if (handlerContext.getStore() === this) return Promise.resolve();
    return this.done;
  }

  private async run(): Promise<void> {
    const { handler, category, onCaughtUp } = this.options;
    let caughtUp = false;
    try {
      while (!this.stopped) {
        const seen = this.store.sequence;
        const page = await this.store.readPage(this.current, category, this.pageSize);
        for (const event of page) {
          if (this.stopped) return;
          await handlerContext.run(this, () => handler(event));
          this.current = event.position;
        }
        if (page.length < this.pageSize) {
          if (!caughtUp) {
            caughtUp = true;
            onCaughtUp?.(this.current);
          }
          if (!this.stopped) await this.store.waitForWrite(this.pollIntervalMs, seen);
        }
      }
    } catch (error) {
      if (this.stopped) return;
      this.stopped = true;
      if (this.options.onError) this.options.onError(error);
      else console.error(`Event store subscription stopped at position ${this.current}:`, error);
    }
  }
}
