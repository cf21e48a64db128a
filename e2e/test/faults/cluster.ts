import { freePort, startProcess, waitReady, type RunningProcess, type ServiceUrls } from '../support.js';

export type ServiceName = 'planning' | 'measurement' | 'evaluation';
export const SERVICES: readonly ServiceName[] = ['planning', 'measurement', 'evaluation'];

/**
 * The three services as three OS processes (EVENT_STORE=postgres, BUS=kafka), each on a fixed
 * port so a restarted process answers at the same URL. Faults are real signals: SIGKILL (no
 * shutdown code runs) and SIGTERM (graceful shutdown, exit code checked).
 */
export class Cluster {
  readonly urls: ServiceUrls = { planning: '', measurement: '', evaluation: '' };
  private readonly procs = new Map<ServiceName, RunningProcess>();
  private readonly ports = new Map<ServiceName, number>();
  /** Every process started, restarts included (their logs are kept for the report). */
  readonly history: RunningProcess[] = [];

  constructor(
    readonly run: string,
    private readonly env: { databaseUrl: string; brokers: string },
  ) {}

  schema(service: ServiceName): string {
    return `${this.run}_${service}`;
  }

  get schemas(): string[] {
    return SERVICES.map((s) => this.schema(s));
  }

  async startAll(): Promise<void> {
    for (const s of SERVICES) {
      const port = await freePort();
      this.ports.set(s, port);
      this.urls[s] = `http://127.0.0.1:${port}`;
    }
    for (const s of SERVICES) this.spawn(s);
    await Promise.all(SERVICES.map((s) => this.waitReady(s)));
  }

  proc(service: ServiceName): RunningProcess {
    return this.procs.get(service)!;
  }

  private spawn(service: ServiceName): RunningProcess {
    const p = startProcess(service, `apps/${service}/dist/main.js`, {
      PORT: String(this.ports.get(service)),
      HOST: '127.0.0.1',
      EVENT_STORE: 'postgres',
      DATABASE_URL: this.env.databaseUrl,
      DATABASE_SCHEMA: this.schema(service),
      BUS: 'kafka',
      KAFKA_BROKERS: this.env.brokers,
      KAFKA_TOPIC_PREFIX: `${this.run}.`,
      LOG_LEVEL: 'debug',
      SHUTDOWN_TIMEOUT_MS: '20000',
    });
    this.procs.set(service, p);
    this.history.push(p);
    return p;
  }

  waitReady(service: ServiceName, timeoutMs = 90_000): Promise<void> {
    return waitReady(this.urls[service], this.proc(service), timeoutMs);
  }

  /** kill -9: the process gets no chance to flush, checkpoint or answer. Resolves when it is gone. */
  async kill9(service: ServiceName): Promise<number | null> {
    const p = this.proc(service);
    p.child.kill('SIGKILL');
    await p.exited;
    return p.child.signalCode === 'SIGKILL' ? null : p.child.exitCode;
  }

  /** Sends SIGTERM and resolves with the exit code (null if it had to be killed after timeoutMs). */
  async sigterm(service: ServiceName, timeoutMs = 30_000): Promise<number | null> {
    const p = this.proc(service);
    p.child.kill('SIGTERM');
    const timer = setTimeout(() => p.child.kill('SIGKILL'), timeoutMs);
    const code = await p.exited;
    clearTimeout(timer);
    return code;
  }

  /** Starts the service again (same port, schema and topics) and waits until it is ready. */
  async restart(service: ServiceName): Promise<void> {
    const old = this.procs.get(service);
    if (old && old.child.exitCode === null && old.child.signalCode === null) throw new Error(`${service} is still running`);
    this.spawn(service);
    await this.waitReady(service);
  }

  /** Graceful stop of whatever still runs; the exit codes by service. */
  async stopAll(): Promise<Map<ServiceName, number | null>> {
    const codes = new Map<ServiceName, number | null>();
    await Promise.all(
      SERVICES.map(async (s) => {
        const p = this.procs.get(s);
        if (!p) return;
        if (p.child.exitCode !== null || p.child.signalCode !== null) return void codes.set(s, p.child.exitCode);
        codes.set(s, await this.sigterm(s, 20_000));
      }),
    );
    return codes;
  }

  /** Log lines of every process of this service (restarts included) containing `needle`. */
  logLines(service: ServiceName, needle: string): string[] {
    return this.history.filter((p) => p.name === service).flatMap((p) => p.output.filter((l) => l.includes(needle)));
  }

  lastLines(service: ServiceName, n = 40): string {
    return this.proc(service).output.slice(-n).join('\n');
  }
}
