import { performance } from 'node:perf_hooks';
import { sleep, type Outcome } from './workload.js';

export interface LoadRecord extends Outcome {
  what: string;
}

/**
 * Keeps `concurrency` workers sending requests (each worker's next one as soon as the last is
 * answered) until `stop()`; every request and its outcome is recorded. Bounded by `maxRequests`.
 */
export class Load {
  readonly records: LoadRecord[] = [];
  private stopped = false;
  private readonly done: Promise<void>;

  constructor(next: (n: number) => { what: string; send: () => Promise<Outcome> }, opts: { concurrency: number; maxRequests?: number }) {
    const max = opts.maxRequests ?? 5_000;
    const worker = async () => {
      while (!this.stopped && this.records.length < max) {
        const { what, send } = next(this.records.length);
        const record: LoadRecord = { what };
        this.records.push(record);
        Object.assign(record, await send());
        // A refused connection answers at once: do not spin while the process is down.
        if (record.status === undefined) await sleep(25);
      }
    };
    this.done = Promise.all(Array.from({ length: opts.concurrency }, worker)).then(() => undefined);
  }

  /** Resolves once `n` requests have been answered (or failed). */
  async answered(n: number, timeoutMs = 30_000): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (this.records.filter((r) => r.status !== undefined || r.error !== undefined).length < n) {
      if (performance.now() > deadline) throw new Error(`load: fewer than ${n} answers after ${timeoutMs} ms`);
      await sleep(5);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.done;
  }

  /** Requests fully sent before `at` that got no HTTP answer, or a 5xx. */
  failedAmongSentBefore(at: number): LoadRecord[] {
    return this.records.filter((r) => r.sentAt !== undefined && r.sentAt < at && (r.status === undefined || r.status >= 500));
  }

  sentBefore(at: number): number {
    return this.records.filter((r) => r.sentAt !== undefined && r.sentAt < at).length;
  }
}
