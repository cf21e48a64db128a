/** The planning API's shapes the scorecard editor reads and sends (generated from its OpenAPI document). */
import type { PlanningSchemas as P } from '../../api/schemas';

export type { ScorecardSummary } from '../../api/schemas';
export type ScorecardPlan = P['ScorecardResponse'];
export type Perspective = P['PerspectiveResponse'];
export type Objective = P['ObjectiveResponse'];
export type Kpi = P['KpiResponse'];
export type Initiative = P['InitiativeResponse'];
export type Written = P['ScorecardWritten'];
export type CreateBody = P['CreateScorecardDto'];
export type ProfileBody = P['ProfileDto'];
export type PerspectiveBody = P['PerspectiveDto'];
export type ObjectiveBody = P['ObjectiveDto'];
export type KpiBody = P['KpiDto'];
export type InitiativeBody = P['InitiativeDto'];
export type LinkBody = P['LinkDto'];
export type OrgTree = P['OrgTreeResponse'];

export type Frequency = Kpi['frequency'];
export type Polarity = Kpi['polarity'];
export type ValueType = Kpi['valueType'];
export type Aggregation = Kpi['aggregation'];
export type KpiLevel = Kpi['level'];
export type InitiativeLevel = Initiative['level'];

export const FREQUENCIES: readonly Frequency[] = ['monthly', 'quarterly', 'semester', 'yearly'];
export const POLARITIES: readonly Polarity[] = ['higher_is_better', 'lower_is_better', 'range', 'milestone'];
export const VALUE_TYPES: readonly ValueType[] = ['number', 'percent', 'money', 'duration', 'categorical', 'milestone_date'];
export const AGGREGATIONS: readonly Aggregation[] = ['sum', 'average', 'last', 'min', 'max'];
export const KPI_LEVELS: readonly KpiLevel[] = ['result', 'process'];
export const INITIATIVE_LEVELS: readonly InitiativeLevel[] = ['program', 'kegiatan', 'sub_kegiatan'];
