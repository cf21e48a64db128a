import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { RecordedEvent } from '@capaian/eventstore';
import { REALIZATION_EVENT_TYPES, type RealizationCorrectedData, type RealizationRecordedData, type RealizationStatus } from '@capaian/measurement-domain';
import { LiveProjection, ReadinessRegistry, SERVICE_INFRASTRUCTURE, type ServiceInfrastructure } from '@capaian/platform';

export interface RealizationEntry {
  tenantId: string;
  kpiId: string;
  unitId: string;
  year: number;
  period: string;
  value: string;
  valueType: string;
  valueRevision: number;
  status: RealizationStatus;
  late: boolean;
  afterLock: boolean;
  note: string | null;
  evidence: Array<{ url: string; label: string | null }>;
  submittedAt: string;
  /** Stream revision (the ETag of this realization). */
  revision: number;
  position: number;
}

/** The current value and status of every realization, folded from measurement's own store. Pure state. */
export class RealizationIndexState {
  private readonly entries = new Map<string, RealizationEntry>();

  apply(e: RecordedEvent): void {
    switch (e.type) {
      case REALIZATION_EVENT_TYPES.recorded:
      case REALIZATION_EVENT_TYPES.corrected: {
        const d = e.data as RealizationRecordedData | RealizationCorrectedData;
        this.entries.set(key(d.tenantId, d.kpiId, d.year, d.period), {
          tenantId: d.tenantId,
          kpiId: d.kpiId,
          unitId: d.unitId,
          year: d.year,
          period: d.period,
          value: d.value,
          valueType: d.valueType,
          valueRevision: d.valueRevision,
          status: 'submitted',
          late: d.late,
          afterLock: d.afterLock,
          note: d.note,
          evidence: d.evidence,
          submittedAt: d.submittedAt,
          revision: e.revision,
          position: e.position,
        });
        return;
      }
      case REALIZATION_EVENT_TYPES.verified:
      case REALIZATION_EVENT_TYPES.rejected: {
        const d = e.data as { tenantId: string; kpiId: string; year: number; period: string };
        const entry = this.entries.get(key(d.tenantId, d.kpiId, d.year, d.period));
        if (entry) Object.assign(entry, { status: e.type === REALIZATION_EVENT_TYPES.verified ? 'verified' : 'rejected', revision: e.revision, position: e.position });
        return;
      }
    }
  }

  get(tenantId: string, kpiId: string, year: number, period: string): RealizationEntry | undefined {
    return this.entries.get(key(tenantId, kpiId, year, period));
  }

  list(filter: { tenantId: string; unitId?: string; year?: number; kpiId?: string; status?: string }): RealizationEntry[] {
    return [...this.entries.values()]
      .filter(
        (r) =>
          r.tenantId === filter.tenantId &&
          (!filter.unitId || r.unitId === filter.unitId) &&
          (!filter.year || r.year === filter.year) &&
          (!filter.kpiId || r.kpiId === filter.kpiId) &&
          (!filter.status || r.status === filter.status),
      )
      .sort((a, b) => a.kpiId.localeCompare(b.kpiId) || a.period.localeCompare(b.period));
  }
}

const key = (tenantId: string, kpiId: string, year: number, period: string) => `${tenantId}/${kpiId}/${year}/${period}`;

@Injectable()
export class RealizationIndex implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly state = new RealizationIndexState();
  private readonly projection: LiveProjection;

  constructor(
    @Inject(SERVICE_INFRASTRUCTURE) private readonly infra: ServiceInfrastructure,
    readiness: ReadinessRegistry,
  ) {
    this.projection = new LiveProjection('measurement.realizations', infra.store, (e) => this.state.apply(e), 'realization');
    readiness.register('measurement.realizations', async () => {
      if (!this.projection.isCaughtUp) throw new Error('measurement.realizations is still replaying');
    });
  }

  onApplicationBootstrap(): Promise<void> {
    return this.projection.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.projection.stop();
  }

  /** Waits (briefly) until the projection has applied everything stored so far: read-your-writes for lists. */
  async caughtUp(timeoutMs = 2000): Promise<void> {
    const target = await this.infra.store.headPosition();
    const deadline = Date.now() + timeoutMs;
    while (this.projection.position < target && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  }
}
