import type { components as evaluation } from '../../api/generated/evaluation';
import type { components as measurement } from '../../api/generated/measurement';
import type { components as planning, operations } from '../../api/generated/planning';

/** Shapes the KPI screen reads, from the services' OpenAPI documents. */
export type KpiRead = planning['schemas']['KpiReadResponse'];
export type KpiDefinition = KpiRead['kpi'];
/** A target of the plan or of evaluation: a value, or a min–max range. */
export interface Target {
  value?: string | null;
  min?: string | null;
  max?: string | null;
}
export type ScorecardEvaluation = evaluation['schemas']['ScorecardScoreAnswerResponse'];
export type EvaluatedKpi = evaluation['schemas']['EvaluatedKpiResponse'];
export type Light = evaluation['schemas']['TrafficLightResponse']['color'];
export type RealizationHistory = measurement['schemas']['RealizationHistoryResponse'];
export type EvidenceLink = measurement['schemas']['EvidenceLinkResponse'];
/** One entry of the plan's history (planning GET /scorecards/{scorecardId}/history). */
export type ScorecardHistoryEntry = operations['GetScorecardController_history']['responses'][200]['content']['application/json'][number];
export type OrgNode = planning['schemas']['OrgTreeNodeResponse'];
