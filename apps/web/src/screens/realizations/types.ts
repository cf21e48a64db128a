import type { MeasurementSchemas as M, PlanKpi } from '../../api/schemas';

export type { PlanKpi, RealizationEntry, RealizationWritten, ScorecardSummary } from '../../api/schemas';
export type MissingRealization = M['MissingRealizationResponse'];
export type MissingRealizations = M['MissingRealizationsResponse'];
export type Reminder = M['ReminderResponse'];
export type RealizationHistory = M['RealizationHistoryResponse'];
export type BatchResult = M['BatchResultDto'];
export type Evidence = M['EvidenceDto'];
export type ValueType = PlanKpi['valueType'];
export type ReportPeriod = M['RecordRealizationDto']['period'];
