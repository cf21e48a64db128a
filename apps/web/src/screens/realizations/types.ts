import type { components } from '../../api/generated/measurement';
import type { components as PlanningComponents } from '../../api/generated/planning';

type Schemas = components['schemas'];

export type RealizationEntry = Schemas['RealizationEntryResponse'];
export type MissingRealization = Schemas['MissingRealizationResponse'];
export type MissingRealizations = Schemas['MissingRealizationsResponse'];
export type Reminder = Schemas['ReminderResponse'];
export type PlanKpi = Schemas['PlanKpiResponse'];
export type RealizationHistory = Schemas['RealizationHistoryResponse'];
export type RealizationWritten = Schemas['RealizationWrittenResponse'];
export type BatchResult = Schemas['BatchResultDto'];
export type Evidence = Schemas['EvidenceDto'];
export type ValueType = PlanKpi['valueType'];
export type ReportPeriod = Schemas['RecordRealizationDto']['period'];
export type ScorecardSummary = PlanningComponents['schemas']['ScorecardSummaryResponse'];
