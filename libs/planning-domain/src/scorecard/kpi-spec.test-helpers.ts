import type { KpiSpec } from './model.js';

/** A KPI of DPMPTSP for spec fixtures: a yearly percent result KPI with a target of 80; `over` changes any attribute. */
export const kpiSpec = (code: string, objectiveCode: string, over: Partial<KpiSpec> = {}): KpiSpec => ({
  code,
  objectiveCode,
  name: code,
  unitOfMeasure: '%',
  definition: '',
  dataSource: null,
  ownerUnitId: 'dpmptsp',
  frequency: 'yearly',
  level: 'result',
  polarity: 'higher_is_better',
  valueType: 'percent',
  grades: null,
  aggregation: 'last',
  weight: '100',
  baseline: null,
  yearlyTarget: { value: '80' },
  periodTargets: {},
  endOfTermTarget: null,
  thresholds: null,
  cascadedFrom: null,
  ...over,
});
