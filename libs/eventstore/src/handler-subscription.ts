import { AsyncLocalStorage } from 'node:async_hooks';
import type { RecordedEvent, SubscribeOptions, Subscription } from './port.js';

const handlerContext = new AsyncLocalStorage<HandlerSubscription>();

/**
 * What the adapters' subscriptions share: the position reached, `stop()` (which does not wait for
 * the handler it is called from), running the handler, and how a failure ends the subscription.
 * A subclass calls `start()` last in its constructor.
 */
export abstract class HandlerSubscription implements Subscription {
  protected current: number;
  protected stopped = false;
  private running: Promise<void> = Promise.resolve();

  protected constructor(
    protected readonly options: SubscribeOptions,
    private readonly label: string,
  ) {
    this.current = options.fromPosition ?? 0;
  }

  /** Resolves when the loop has ended. */
  get done(): Promise<void> {
    return this.running;
  }

  get position(): number {
    return this.current;
  }

  stop(): Promise<void> {
    this.stopped = true;
    this.interrupt();
    // Called from inside our own handler: the handler is the in-flight call, do not wait for it.
    if (handlerContext.getStore() === this) return Promise.resolve();
    return this.done;
  }

  protected start(): void {
    this.running = this.run();
  }

  /** Reads and handles events until stopped. */
  protected abstract run(): Promise<void>;

  /** Wakes or cancels whatever the loop is waiting on. */
  protected abstract interrupt(): void;

  protected async handle(event: RecordedEvent): Promise<void> {
    await handlerContext.run(this, () => this.options.handler(event));
  }

  /** The loop failed: the subscription stops and reports it (to `onError`, else the console). */
  protected fail(error: unknown): void {
    if (this.stopped) return;
    this.stopped = true;
    if (this.options.onError) this.options.onError(error);
    else console.error(`${this.label} subscription stopped at position ${this.current}:`, error);
  }
}
