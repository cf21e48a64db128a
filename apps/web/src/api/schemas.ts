/** The services' OpenAPI schemas, and the answers more than one screen reads. */
import type { components as Evaluation } from './generated/evaluation';
import type { components as Measurement } from './generated/measurement';
import type { components as Planning } from './generated/planning';

export type EvaluationSchemas = Evaluation['schemas'];
export type MeasurementSchemas = Measurement['schemas'];
export type PlanningSchemas = Planning['schemas'];

export type RealizationEntry = MeasurementSchemas['RealizationEntryResponse'];
export type RealizationWritten = MeasurementSchemas['RealizationWrittenResponse'];
export type PlanKpi = MeasurementSchemas['PlanKpiResponse'];
export type ScorecardSummary = PlanningSchemas['ScorecardSummaryResponse'];
