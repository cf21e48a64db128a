import { DomainError, type Decider } from '@capaian/ddd';
import { DECIMAL_PATTERN, type Frequency, type Polarity } from '@capaian/contracts';

/**
 * KPI aggregate (walking-skeleton scope: a KPI with its yearly target). One stream per KPI:
 * `kpi-<tenant>.<kpiId>`. Domain events are private to planning; the relay maps them to the
 * `planning.kpi-defined` integration event.
 */
export const KPI_EVENT_TYPES = { defined: 'kpi-defined' } as const;
export const KPI_EVENT_SCHEMA_VERSION = { [KPI_EVENT_TYPES.defined]: 1 } as const;

export interface KpiDefinition {
  tenantId: string;
  kpiId: string;
  ownerUnitId: string;
  code: string;
  name: string;
  unitOfMeasure: string;
  polarity: Polarity;
  frequency: Frequency;
  year: number;
  yearlyTarget: string;
}

export type DefineKpi = { type: 'define-kpi'; kpi: KpiDefinition };
export type KpiCommand = DefineKpi;

export type KpiDefined = { type: typeof KPI_EVENT_TYPES.defined; data: KpiDefinition };
export type KpiEvent = KpiDefined;

export type KpiState = { status: 'none' } | { status: 'defined'; kpi: KpiDefinition };

export const kpiDecider: Decider<KpiCommand, KpiEvent, KpiState> = {
  initialState: () => ({ status: 'none' }),
  evolve(state, event) {
    switch (event.type) {
      case KPI_EVENT_TYPES.defined:
        return { status: 'defined', kpi: event.data };
      default:
        return state;
    }
  },
  decide(command, state) {
    switch (command.type) {
      case 'define-kpi': {
        const kpi = command.kpi;
        if (state.status === 'defined') {
          throw new DomainError('KPI_ALREADY_DEFINED', `KPI ${kpi.kpiId} sudah ada / already exists`, 'kpiId', 'conflict');
        }
        if (!DECIMAL_PATTERN.test(kpi.yearlyTarget)) {
          throw new DomainError('INVALID_TARGET', 'Target tahunan harus berupa angka desimal / yearly target must be a decimal number', 'yearlyTarget');
        }
        if (kpi.yearlyTarget.startsWith('-')) {
          throw new DomainError('NEGATIVE_TARGET', 'Target tahunan tidak boleh negatif / yearly target must not be negative', 'yearlyTarget');
        }
        return [{ type: KPI_EVENT_TYPES.defined, data: kpi }];
      }
    }
  },
};

export function kpiStreamId(tenantId: string, kpiId: string): string {
  return `kpi-${tenantId}.${kpiId}`;
}
