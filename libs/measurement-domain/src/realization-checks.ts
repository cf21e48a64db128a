import { DomainError } from '@capaian/ddd';
import { periodsOf, type PeriodCode } from '@capaian/contracts';
import type { KnownKpi } from './known-plan.js';
import { Decimal, isDecimal, isIsoDate } from './values.js';

/** The checks of a submission against the plan that measurement knows (KPI, ownership, period, value). */

/** The KPI must be known (in this tenant) and owned by the reporting unit. */
export function checkKpiAccess(kpi: KnownKpi | undefined, tenantId: string, kpiId: string, unitId: string): KnownKpi {
  if (!kpi || kpi.tenantId !== tenantId || kpi.kpiId !== kpiId) {
    throw new DomainError('KPI_UNKNOWN', `IKU ${kpiId} tidak dikenal / unknown KPI ${kpiId}`, 'kpiId', 'not_found');
  }
  if (kpi.ownerUnitId === null) {
    throw new DomainError('KPI_NOT_OWNED', `IKU ${kpiId} belum memiliki unit pemilik; tidak ada unit yang dapat melaporkannya / the KPI has no owner unit yet`, 'kpiId', 'forbidden');
  }
  if (kpi.ownerUnitId !== unitId) {
    throw new DomainError('KPI_NOT_OWNED', `IKU ${kpiId} bukan milik unit ${unitId} / KPI is owned by another unit`, 'kpiId', 'forbidden');
  }
  return kpi;
}

/** Year and period must be the plan's: year = plan year, period one of periodsOf(frequency) ('Y' for yearly KPIs). */
export function checkKpiPeriod(kpi: KnownKpi, year: number, period: string): PeriodCode {
  if (year !== kpi.year) {
    throw new DomainError('YEAR_NOT_PLANNED', `IKU ${kpi.kpiId} direncanakan untuk tahun ${kpi.year} / KPI is planned for ${kpi.year}`, 'year');
  }
  const periods = periodsOf(kpi.frequency);
  if (!(periods as string[]).includes(period)) {
    throw new DomainError('PERIOD_NOT_IN_PLAN', `Periode ${period} tidak sesuai frekuensi ${kpi.frequency}; gunakan ${periods.join(', ')} / period must be one of ${periods.join(', ')}`, 'period');
  }
  return period as PeriodCode;
}

/**
 * The value checked against the KPI's value type; returns the value to store.
 * number, percent: a decimal, negatives allowed (growth can be negative). money, duration: a decimal >= 0.
 * categorical: one of the KPI's grades, matched ignoring case and surrounding spaces, stored as the
 * plan spells it. milestone_date: a real date YYYY-MM-DD.
 */
export function checkRealizationValue(kpi: KnownKpi, value: unknown, field = 'value'): string {
  const invalid = (message: string) => new DomainError('INVALID_VALUE', message, field);
  switch (kpi.valueType) {
    case 'number':
    case 'percent':
      if (!isDecimal(value)) throw invalid('Nilai realisasi harus berupa angka desimal dengan titik, mis. 80.25 / value must be a decimal number, e.g. 80.25');
      return value;
    case 'money':
    case 'duration':
      if (!isDecimal(value) || new Decimal(value).lt(0)) {
        throw invalid(`Nilai realisasi (${kpi.valueType === 'money' ? 'uang' : 'durasi'}) harus angka desimal >= 0 / value must be a decimal number >= 0`);
      }
      return value;
    case 'categorical': {
      const grades = kpi.grades ?? [];
      if (grades.length === 0) {
        throw new DomainError('KPI_GRADES_UNDEFINED', `IKU ${kpi.kpiId} kategorikal tetapi rencana tidak memuat daftar kategori / the plan defines no grades for this categorical KPI`, 'kpiId');
      }
      const wanted = typeof value === 'string' ? value.trim().toLowerCase() : null;
      const grade = grades.find((g) => g.trim().toLowerCase() === wanted);
      if (grade === undefined) throw invalid(`Nilai realisasi harus salah satu dari ${grades.join(', ')} / value must be one of ${grades.join(', ')}`);
      return grade;
    }
    case 'milestone_date':
      if (!isIsoDate(value)) throw invalid('Nilai realisasi harus tanggal yang sah YYYY-MM-DD / value must be a valid date YYYY-MM-DD');
      return value;
    default:
      // A plan read model without (or with a newer) value type must never store an unchecked value.
      throw new DomainError('KPI_VALUE_TYPE_UNSUPPORTED', `Jenis nilai IKU ${kpi.kpiId} (${String(kpi.valueType)}) tidak didukung / unsupported KPI value type`, 'kpiId');
  }
}
