// Frequencies and period codes are the shared kernel's; the contracts speak them.
export { FREQUENCIES, PERIOD_CODES, isPeriodCode, periodsOf, type Frequency, type PeriodCode } from '@capaian/kernel';
