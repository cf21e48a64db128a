import { HandlerSubscription } from './handler-subscription.js';
import type { RecordedEvent, SubscribeOptions } from './port.js';

/** What a subscription needs from its store. */
export interface SubscriptionSource {
  readPage(fromPosition: number, category: string | undefined, limit: number): Promise<RecordedEvent[]>;
  wake(): void;
  readonly sequence: number;
  waitForWrite(ms: number, seenSequence: number): Promise<void>;
}

export class SqlSubscription extends HandlerSubscription {
  constructor(
    private readonly store: SubscriptionSource,
    options: SubscribeOptions,
    private readonly pageSize: number,
    private readonly pollIntervalMs: number,
  ) {
    super(options, 'Event store');
    this.start();
  }

  protected interrupt(): void {
    this.store.wake();
  }

  protected async run(): Promise<void> {
    const { category, onCaughtUp } = this.options;
    let caughtUp = false;
    try {
      while (!this.stopped) {
        const seen = this.store.sequence;
        const page = await this.store.readPage(this.current, category, this.pageSize);
        for (const event of page) {
          if (this.stopped) return;
          await this.handle(event);
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
      this.fail(error);
    }
  }
}
