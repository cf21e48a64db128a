/**
 * The words every service uses for a KPI and a plan, once. Integration events (contracts),
 * the deciders and scoring all take their enums from here.
 */

/** Which way a KPI is good: more, less, inside a band, or a date reached. */
export const POLARITIES = ['higher_is_better', 'lower_is_better', 'range', 'milestone'] as const;
export type Polarity = (typeof POLARITIES)[number];

/** What a KPI's values are. */
export const VALUE_TYPES = ['number', 'percent', 'money', 'duration', 'categorical', 'milestone_date'] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

/** Value types whose values are decimal strings (the others are grades and dates). */
export const NUMERIC_VALUE_TYPES: readonly ValueType[] = Object.freeze(['number', 'percent', 'money', 'duration'] as const);

/** True when values of this type are decimal strings. */
export function isNumericValueType(valueType: string): boolean {
  return (NUMERIC_VALUE_TYPES as readonly string[]).includes(valueType);
}

/** How a KPI's sub-period values make the year's figure. */
export const AGGREGATIONS = ['sum', 'average', 'last', 'min', 'max'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/** How often a KPI is reported (its sub-periods: see `periodsOf`). */
export const FREQUENCIES = ['monthly', 'quarterly', 'semester', 'yearly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** IKU (result) or process KPI. */
export const KPI_LEVELS = ['result', 'process'] as const;
export type KpiLevel = (typeof KPI_LEVELS)[number];

/** Strategic initiatives: program, kegiatan, sub kegiatan. */
export const INITIATIVE_LEVELS = ['program', 'kegiatan', 'sub_kegiatan'] as const;
export type InitiativeLevel = (typeof INITIATIVE_LEVELS)[number];

/** Plan years (= budget years) run from 2000 to 2100, in bodies, events and URL parameters alike. */
export const PLAN_YEAR_MIN = 2000;
export const PLAN_YEAR_MAX = 2100;

/** The message of a year outside the plan years ("Pesan / message"). */
export const PLAN_YEAR_MESSAGE = `Tahun harus bilangan bulat ${PLAN_YEAR_MIN}-${PLAN_YEAR_MAX} / year must be an integer between ${PLAN_YEAR_MIN} and ${PLAN_YEAR_MAX}`;

/** True when `value` is an integer plan year (2000-2100). */
export function isPlanYear(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= PLAN_YEAR_MIN && value <= PLAN_YEAR_MAX;
}
