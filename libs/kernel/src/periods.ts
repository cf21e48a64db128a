import type { Frequency } from './vocabulary.js';

/** Sub-periods of a budget year (= calendar year). `Y` is the whole year. */
export const PERIOD_CODES = ['Y', 'S1', 'S2', 'Q1', 'Q2', 'Q3', 'Q4', 'M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08', 'M09', 'M10', 'M11', 'M12'] as const;
export type PeriodCode = (typeof PERIOD_CODES)[number];

/** The sub-periods a KPI of this frequency is reported for, in chronological order. */
export function periodsOf(frequency: Frequency): PeriodCode[] {
  switch (frequency) {
    case 'yearly':
      return ['Y'];
    case 'semester':
      return ['S1', 'S2'];
    case 'quarterly':
      return ['Q1', 'Q2', 'Q3', 'Q4'];
    case 'monthly':
      return ['M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08', 'M09', 'M10', 'M11', 'M12'];
  }
}

export function isPeriodCode(value: string): value is PeriodCode {
  return (PERIOD_CODES as readonly string[]).includes(value);
}
