import type { PlanningSchemas } from '../../api/schemas';
import type { operations } from '../../api/generated/planning';

/** The answers the Perjanjian Kinerja screen reads, as the planning OpenAPI document types them. */
export type ScorecardPlan = PlanningSchemas['ScorecardResponse'];
export type ApprovedVersion = PlanningSchemas['ApprovedVersionResponse'];
export type Snapshot = PlanningSchemas['ScorecardSnapshotResponse'];
export type ScorecardWritten = PlanningSchemas['ScorecardWritten'];
export type HistoryEntry = operations['GetScorecardController_history']['responses'][200]['content']['application/json'][number];
export type ScorecardStatus = ScorecardPlan['status'];
