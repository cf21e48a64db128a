import { DomainError, type Decider } from '@capaian/ddd';
import { DECIMAL_PATTERN, periodsOf, type Frequency, type PeriodCode } from '@capaian/contracts';

/**
 * Realization aggregate: what a unit achieved for one KPI and one period. One stream per
 * (tenant, KPI, year, period): `realization-<tenant>.<kpiId>.<year>.<period>`.
 * The plan facts it checks against (`KnownKpi`) come from measurement's own read model of
 * planning's integration events, never from planning directly.
 */
export const REALIZATION_EVENT_TYPES = { recorded: 'realization-recorded' } as const;
export const REALIZATION_EVENT_SCHEMA_VERSION = { [REALIZATION_EVENT_TYPES.recorded]: 1 } as const;

export interface KnownKpi {
  tenantId: string;
  kpiId: string;
  /** null: the plan names no owner yet, so no unit may report it. */
  ownerUnitId: string | null;
  frequency: Frequency;
  year: number;
}

export interface RecordRealization {
  type: 'record-realization';
  realizationId: string;
  tenantId: string;
  kpiId: string;
  /** The unit that reports (from the caller's token). */
  unitId: string;
  year: number;
  period: string;
  value: string;
  note: string | null;
  /** The KPI as measurement knows it; undefined when planning's event has not arrived. */
  kpi: KnownKpi | undefined;
}
export type RealizationCommand = RecordRealization;

export interface RealizationRecordedData {
  realizationId: string;
  tenantId: string;
  kpiId: string;
  unitId: string;
  year: number;
  period: PeriodCode;
  value: string;
  note: string | null;
}
export type RealizationRecorded = { type: typeof REALIZATION_EVENT_TYPES.recorded; data: RealizationRecordedData };
export type RealizationEvent = RealizationRecorded;

export type RealizationState = { status: 'none' } | { status: 'recorded'; current: RealizationRecordedData };

export const realizationDecider: Decider<RealizationCommand, RealizationEvent, RealizationState> = {
  initialState: () => ({ status: 'none' }),
  evolve(state, event) {
    switch (event.type) {
      case REALIZATION_EVENT_TYPES.recorded:
        return { status: 'recorded', current: event.data };
      default:
        return state;
    }
  },
  decide(command, state) {
    const { kpi } = command;
    if (!kpi || kpi.tenantId !== command.tenantId) {
      throw new DomainError('KPI_UNKNOWN', `IKU ${command.kpiId} tidak dikenal / unknown KPI ${command.kpiId}`, 'kpiId', 'not_found');
    }
    if (kpi.ownerUnitId !== command.unitId) {
      throw new DomainError('KPI_NOT_OWNED', `IKU ${command.kpiId} bukan milik unit ${command.unitId} / KPI is owned by another unit`, 'kpiId', 'forbidden');
    }
    if (command.year !== kpi.year) {
      throw new DomainError('YEAR_NOT_PLANNED', `IKU ${command.kpiId} direncanakan untuk tahun ${kpi.year} / KPI is planned for ${kpi.year}`, 'year');
    }
    const periods = periodsOf(kpi.frequency);
    if (!(periods as string[]).includes(command.period)) {
      throw new DomainError('PERIOD_NOT_IN_PLAN', `Periode ${command.period} tidak sesuai frekuensi ${kpi.frequency}; gunakan ${periods.join(', ')} / period must be one of ${periods.join(', ')}`, 'period');
    }
    if (!DECIMAL_PATTERN.test(command.value)) {
      throw new DomainError('INVALID_VALUE', 'Nilai realisasi harus berupa angka desimal / value must be a decimal number', 'value');
    }
    if (state.status === 'recorded') {
      throw new DomainError('REALIZATION_EXISTS', `Realisasi ${command.period} sudah dilaporkan; gunakan koreksi / already reported: submit a correction`, 'period', 'conflict');
    }
    return [
      {
        type: REALIZATION_EVENT_TYPES.recorded,
        data: {
          realizationId: command.realizationId,
          tenantId: command.tenantId,
          kpiId: command.kpiId,
          unitId: command.unitId,
          year: command.year,
          period: command.period as PeriodCode,
          value: command.value,
          note: command.note,
        },
      },
    ];
  },
};

export function realizationStreamId(tenantId: string, kpiId: string, year: number, period: string): string {
  return `realization-${tenantId}.${kpiId}.${year}.${period}`;
}
