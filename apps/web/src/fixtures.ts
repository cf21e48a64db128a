/** Tests' fixtures: the services' answers with every field a test does not care about filled in. */
import { toProblem, type ApiProblem } from './api/errors';
import type { PlanKpi, PlanningSchemas, RealizationEntry } from './api/schemas';

/** A realization as the measurement service lists it: submitted on time, a number, first revision; `fields` override. */
export const realizationEntry = (fields: Partial<RealizationEntry> = {}): RealizationEntry => ({
  tenantId: 'kab-contoh',
  kpiId: 'dpmptsp-2026.iku-01',
  unitId: 'dpmptsp',
  year: 2026,
  period: 'Q1',
  value: '80.5',
  valueType: 'number',
  valueRevision: 1,
  status: 'submitted',
  late: false,
  afterLock: false,
  note: null,
  evidence: [],
  submittedAt: '2026-04-08T03:15:00.000Z',
  revision: 0,
  position: 1,
  ...fields,
});

/** A quarterly KPI of plan version 1 as the measurement service knows it; `fields` override, the name follows the code. */
export const planKpi = (fields: Partial<PlanKpi> & Pick<PlanKpi, 'kpiId' | 'code'>): PlanKpi => ({
  tenantId: 'kab-contoh',
  scorecardId: 'dpmptsp-2026',
  planVersion: 1,
  ownerUnitId: 'dpmptsp',
  frequency: 'quarterly',
  year: 2026,
  valueType: 'number',
  grades: null,
  unitOfMeasure: 'indeks',
  name: `Nama ${fields.code}`,
  ...fields,
});

type Snapshot = PlanningSchemas['ScorecardSnapshotResponse'];
type ScorecardPlan = PlanningSchemas['ScorecardResponse'];
type ScorecardKpi = PlanningSchemas['KpiResponse'];

/** A scorecard's header as the planning service answers it (empty vision, missions and goals); `fields` override. */
export const scorecardHeader = (scorecardId: string, unitId: string, year: number, fields: Partial<Snapshot['header']> = {}): Snapshot['header'] => ({
  scorecardId,
  tenantId: 'kab-contoh',
  unitId,
  year,
  theme: null,
  title: `Kartu Kinerja ${unitId} ${year}`,
  vision: '',
  missions: [],
  goals: [],
  ...fields,
});

/** The content of a scorecard (a version's snapshot): nothing but its header until `fields` add items. */
export const scorecardSnapshot = (header: Snapshot['header'], fields: Partial<Snapshot> = {}): Snapshot => ({
  header,
  version: 0,
  perspectives: [],
  objectives: [],
  links: [],
  kpis: [],
  initiatives: [],
  ...fields,
});

/** A scorecard as the planning service answers it: `snapshot`'s content, a draft never approved; `fields` override. */
export const scorecardPlan = (snapshot: Snapshot, fields: Partial<ScorecardPlan> = {}): ScorecardPlan => ({
  ...snapshot,
  scorecardId: snapshot.header.scorecardId,
  status: 'draft',
  revisionReason: null,
  revision: 0,
  asOf: null,
  approvals: [],
  ...fields,
});

/** A perspective of the scorecard `scorecardId` (its id from the code). */
export const planPerspective = (scorecardId: string, code: string, name: string, order: number, weight: string): Snapshot['perspectives'][number] => ({
  perspectiveId: `${scorecardId}.${code.toLowerCase()}`,
  code,
  name,
  order,
  weight,
});

/** An objective of the scorecard `scorecardId` with an equal weight and no parent; `fields` override. */
export const planObjective = (scorecardId: string, code: string, perspectiveCode: string, name: string, fields: Partial<Snapshot['objectives'][number]> = {}): Snapshot['objectives'][number] => ({
  objectiveId: `${scorecardId}.${code.toLowerCase()}`,
  code,
  perspectiveCode,
  name,
  weight: null,
  contributesTo: null,
  ...fields,
});

/** A KPI of a scorecard as the planning service answers it: a quarterly index, higher is better, averaged, nothing optional set; `fields` override. */
export const scorecardKpi = (fields: Partial<ScorecardKpi> = {}): ScorecardKpi => ({
  kpiId: 's.iku-01',
  code: 'IKU-01',
  objectiveCode: 'SS-01',
  name: 'Indeks Kepuasan Masyarakat',
  unitOfMeasure: 'indeks',
  definition: '',
  dataSource: null,
  ownerUnitId: 'bpkad',
  frequency: 'quarterly',
  level: 'result',
  polarity: 'higher_is_better',
  valueType: 'number',
  grades: null,
  aggregation: 'average',
  weight: '1',
  baseline: null,
  yearlyTarget: { value: '85' },
  periodTargets: {},
  endOfTermTarget: null,
  thresholds: null,
  cascadedFrom: null,
  ...fields,
});

/** The body of a KPI the editor sends for a quarterly percentage of unit bpkad's objective SS-01 (higher is better, averaged); `fields` add or override. */
export const kpiDto = (fields: Partial<PlanningSchemas['KpiDto']>): PlanningSchemas['KpiDto'] => ({
  objectiveCode: 'SS-01',
  name: 'Nama',
  unitOfMeasure: '%',
  ownerUnitId: 'bpkad',
  frequency: 'quarterly',
  level: 'result',
  polarity: 'higher_is_better',
  valueType: 'number',
  aggregation: 'average',
  weight: '1',
  ...fields,
});

/** A refused upload (422 IMPORT_INVALID) with the problems `details` lists (the per-row report). */
export const importInvalid = (details: readonly object[]): ApiProblem =>
  toProblem(422, {
    code: 'IMPORT_INVALID',
    message: `${details.length} masalah pada berkas; tidak ada yang disimpan / ${details.length} problems in the file; nothing was stored`,
    details,
  });

/** The answer of a refused body (400 VALIDATION_FAILED) naming one field, as the services' validation writes it. */
export const validationFailed = (field: string, message: string): [number, unknown] => [
  400,
  { statusCode: 400, code: 'VALIDATION_FAILED', message: [message], details: [{ field, errors: [message] }] },
];
