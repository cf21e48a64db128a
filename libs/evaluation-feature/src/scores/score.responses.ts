import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AGGREGATIONS_V1, PERIOD_CODES } from '@capaian/contracts';
import { DECIMAL, NULLABLE_DECIMAL, nullableRef } from '@capaian/platform';

/** Shapes shared by the score, what-if, ranking, VfM and report answers (evaluation-domain / scoring types). */

/** Every `…Display` field: the exact value next to it, rounded for display only. */
export const DISPLAY_VALUE = 'Rounded for display only: ROUND_HALF_UP to the policy’s display.decimals (2 when the policy sets none), e.g. "87.50"; null when the exact value is null';
const DISPLAY = { type: String, nullable: true, example: '87.50', description: DISPLAY_VALUE } as const;

/** The meaning of a KPI's weight (as libs/scoring `KpiResultInput.weight` and the planning API's KPI `weight` state it). */
export const KPI_WEIGHT_MEANING =
  'A KPI’s weight is relative (only ratios count; weights need not sum to 100): it is compared with the weights of the KPIs it is averaged with, ' +
  'per the policy’s rollup.perspectiveMode. `objectives` (default): the KPIs of the same objective (objective score = sum(weight x achievement) / sum(weight) ' +
  'over its measurable KPIs; the objectives’ weights then weigh the objectives in the perspective). `kpis`: all the KPIs of the same perspective, whatever ' +
  'their objective (perspective score = sum(weight x achievement) / sum(weight) over its measurable KPIs; objective weights are not used, objective scores are shown for information).';

export class PolicyRefResponse {
  @ApiProperty({ example: 'permendagri-86-2017' }) policyId!: string;
  @ApiProperty({ type: 'integer', example: 0, description: '0 = the built-in default, n = the tenant’s version n' }) version!: number;
}

export class PositionRangeResponse {
  @ApiProperty({ type: 'integer', description: 'Lowest store position used' }) from!: number;
  @ApiProperty({ type: 'integer', description: 'Highest store position used' }) to!: number;
}

export class BilingualTextResponse {
  @ApiProperty({ example: 'Sangat Tinggi' }) id!: string;
  @ApiProperty({ example: 'Very high' }) en!: string;
}

export class RatingBandResponse {
  @ApiProperty({ example: 'sangat_tinggi' }) code!: string;
  @ApiProperty({ type: BilingualTextResponse }) label!: BilingualTextResponse;
  @ApiProperty({ ...NULLABLE_DECIMAL, example: '90', description: 'Lower bound; null = unbounded' }) min!: string | null;
  @ApiProperty() minInclusive!: boolean;
  @ApiProperty({ ...NULLABLE_DECIMAL, example: null, description: 'Upper bound; null = unbounded' }) max!: string | null;
  @ApiProperty() maxInclusive!: boolean;
}

/** A KPI achievement: measurable with a percent, or not measurable with a reason. */
export class KpiAchievementResponse {
  @ApiProperty() measurable!: boolean;
  @ApiPropertyOptional({ ...DECIMAL, example: '98.48484848484848484848484848484848', description: 'measurable: percent after floor and cap (exact)' }) percent?: string;
  @ApiPropertyOptional({ type: String, example: '98.48', description: `measurable: percent, ${DISPLAY_VALUE}` }) percentDisplay?: string;
  @ApiPropertyOptional({ description: 'measurable: the floor or the cap was applied' }) capped?: boolean;
  @ApiPropertyOptional({ ...DECIMAL, description: 'measurable: percent before floor and cap' }) raw?: string;
  @ApiPropertyOptional({ enum: ['higher_ratio', 'lower_ratio', 'lower_difference', 'range_linear', 'milestone_late_penalty', 'categorical_policy', 'categorical_position'] }) formula?: string;
  @ApiPropertyOptional({ type: 'integer', description: 'milestones: whole days late' }) daysLate?: number;
  @ApiPropertyOptional({ enum: ['below', 'inside', 'above'], description: 'range KPIs: where the realization lies' }) position?: string;
  @ApiPropertyOptional({ example: 'missing_realization', description: 'not measurable: why (missing_target, zero_target, missing_realization, non_numeric_value, invalid_target...)' }) reason?: string;
}

export class TrafficLightResponse {
  @ApiProperty({ enum: ['green', 'yellow', 'red', 'none'] }) color!: string;
  @ApiProperty({ ...DECIMAL, example: '100' }) green!: string;
  @ApiProperty({ ...DECIMAL, example: '75' }) yellow!: string;
  @ApiProperty({ enum: ['kpi', 'policy'] }) source!: string;
}

export class TargetResponse {
  @ApiPropertyOptional({ type: String, nullable: true, example: '85.00', description: 'A decimal, grade or YYYY-MM-DD per the KPI’s value type' }) value?: string | null;
  @ApiPropertyOptional({ ...NULLABLE_DECIMAL, description: 'Range KPIs' }) min?: string | null;
  @ApiPropertyOptional({ ...NULLABLE_DECIMAL, description: 'Range KPIs' }) max?: string | null;
}

const TARGET_SOURCES = ['period', 'yearly', 'yearly_share', 'none'];

export class AggregationResultResponse {
  @ApiProperty({ enum: AGGREGATIONS_V1, description: 'As planned' }) aggregation!: string;
  @ApiProperty({ enum: AGGREGATIONS_V1, description: 'As applied (`last` for grades and dates)' }) applied!: string;
  @ApiProperty({ type: String, nullable: true, example: '85.90' }) value!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['missing_realization', 'non_numeric_value', null] }) reason!: string | null;
  @ApiProperty({ type: [String], example: ['Q1', 'Q2'] }) usedPeriods!: string[];
  @ApiProperty({ type: [String] }) missingPeriods!: string[];
  @ApiProperty({ type: [String] }) invalidPeriods!: string[];
  @ApiProperty({ type: [String] }) unexpectedPeriods!: string[];
  @ApiProperty() complete!: boolean;
}

export class PeriodScoreResponse {
  @ApiProperty({ example: 'Q1' }) period!: string;
  @ApiProperty({ type: String, nullable: true, example: '84.60' }) value!: string | null;
  @ApiProperty(nullableRef(TargetResponse)) target!: TargetResponse | null;
  @ApiProperty({ enum: TARGET_SOURCES }) targetSource!: string;
  @ApiProperty({ type: KpiAchievementResponse }) achievement!: KpiAchievementResponse;
  @ApiProperty({ type: TrafficLightResponse }) trafficLight!: TrafficLightResponse;
}

export class KpiYearScoreResponse {
  @ApiProperty({ type: String, nullable: true, example: '85.90', description: 'The year’s aggregated figure' }) value!: string | null;
  @ApiProperty({ type: AggregationResultResponse }) aggregation!: AggregationResultResponse;
  @ApiProperty(nullableRef(TargetResponse)) target!: TargetResponse | null;
  @ApiProperty({ enum: TARGET_SOURCES }) targetSource!: string;
  @ApiProperty({ type: KpiAchievementResponse }) achievement!: KpiAchievementResponse;
  @ApiProperty({ type: TrafficLightResponse }) trafficLight!: TrafficLightResponse;
}

export class EvaluatedKpiResponse {
  @ApiProperty({ example: 'dpmptsp-2026.iku-01' }) kpiId!: string;
  @ApiProperty({ type: PolicyRefResponse }) policy!: PolicyRefResponse;
  @ApiProperty({ type: KpiYearScoreResponse }) year!: KpiYearScoreResponse;
  @ApiProperty({ type: [PeriodScoreResponse], description: 'Every expected period, in order' }) periods!: PeriodScoreResponse[];
  @ApiProperty({ example: 'IKU-01' }) code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'dpmptsp-2026.ss-01' }) objectiveId!: string;
  @ApiProperty({ type: String, nullable: true }) ownerUnitId!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, example: { Q1: 'verified', Q2: 'submitted' }, description: 'Period code -> status of its value' })
  statuses!: Record<string, string>;
}

export class RollupPartResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ ...NULLABLE_DECIMAL, example: '60', description: 'The weight in the plan (null: none; equal weighting was used)' }) plannedWeight!: string | null;
  @ApiProperty({ ...DECIMAL, example: '60', description: 'The weight applied' }) weight!: string;
  @ApiProperty({ ...DECIMAL, example: '0.6' }) normalisedWeight!: string;
  @ApiProperty({ ...DECIMAL, description: 'The part’s achievement or score (exact)' }) score!: string;
  @ApiProperty({ type: String, example: '87.50', description: DISPLAY_VALUE }) scoreDisplay!: string;
}

export class ExcludedPartResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ ...NULLABLE_DECIMAL, example: '40' }) plannedWeight!: string | null;
  @ApiProperty({ example: 'missing_realization' }) reason!: string;
}

const ROLLUP_REASONS = ['no_parts', 'nothing_measurable', 'zero_total_weight', null];

export class WeightedMeanResponse {
  @ApiProperty() measurable!: boolean;
  @ApiProperty({ ...NULLABLE_DECIMAL, description: 'Full precision; null when not measurable' }) score!: string | null;
  @ApiProperty(DISPLAY) scoreDisplay!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ROLLUP_REASONS }) reason!: string | null;
  @ApiProperty({ enum: ['weighted', 'equal'] }) weighting!: string;
  @ApiProperty({ ...DECIMAL, example: '100' }) weightTotal!: string;
  @ApiProperty({ type: [RollupPartResponse] }) used!: RollupPartResponse[];
  @ApiProperty({ type: [ExcludedPartResponse] }) excluded!: ExcludedPartResponse[];
}

export class ObjectiveScoreResponse extends WeightedMeanResponse {
  @ApiProperty({ example: 'dpmptsp-2026.ss-01' }) objectiveId!: string;
}

export class PerspectiveScoreResponse extends WeightedMeanResponse {
  @ApiProperty({ example: 'dpmptsp-2026.mas' }) perspectiveId!: string;
  @ApiProperty({ ...DECIMAL, example: '40' }) weight!: string;
  @ApiProperty({
    enum: ['objectives', 'kpis'],
    description: `The policy’s rollup.perspectiveMode: \`objectives\`: \`used\`/\`excluded\` are objectives; \`kpis\`: the KPIs of all its objectives. ${KPI_WEIGHT_MEANING}`,
  })
  mode!: string;
  @ApiProperty({ type: [ObjectiveScoreResponse] }) objectives!: ObjectiveScoreResponse[];
}

export class ScorecardScoreResponse extends WeightedMeanResponse {
  @ApiProperty({ type: PolicyRefResponse }) policy!: PolicyRefResponse;
  @ApiProperty(nullableRef(RatingBandResponse)) band!: RatingBandResponse | null;
  @ApiProperty({ ...DECIMAL, example: '100' }) plannedWeightTotal!: string;
  @ApiProperty({ type: [PerspectiveScoreResponse] }) perspectives!: PerspectiveScoreResponse[];
  @ApiProperty({ type: [String] }) orphanObjectiveIds!: string[];
  @ApiProperty({ type: [String] }) orphanKpiIds!: string[];
}

export class ScorecardEvaluationResponse {
  @ApiProperty({ example: 'kab-contoh' }) tenantId!: string;
  @ApiProperty({ example: 'dpmptsp-2026' }) scorecardId!: string;
  @ApiProperty({ example: 'dpmptsp' }) unitId!: string;
  @ApiProperty({ type: 'integer', example: 2026 }) year!: number;
  @ApiProperty({ type: 'integer', example: 1 }) planVersion!: number;
  @ApiProperty({ enum: PERIOD_CODES, example: 'Y' }) period!: string;
  @ApiProperty({ type: PolicyRefResponse }) policy!: PolicyRefResponse;
  @ApiProperty({ type: PositionRangeResponse, description: 'Store positions of the plan and every value used' }) positions!: PositionRangeResponse;
  @ApiProperty({ type: ScorecardScoreResponse }) score!: ScorecardScoreResponse;
  @ApiProperty({ type: [EvaluatedKpiResponse] }) kpis!: EvaluatedKpiResponse[];
}

export class UnitScoreResponse {
  @ApiProperty({ example: 'dpmptsp' }) unitId!: string;
  @ApiProperty({ type: String, nullable: true, example: 'pemda' }) parentUnitId!: string | null;
  @ApiProperty({ ...NULLABLE_DECIMAL, description: 'The unit’s own scorecard score' }) ownScore!: string | null;
  @ApiProperty(DISPLAY) ownScoreDisplay!: string | null;
  @ApiProperty({ enum: ['none', 'blend'] }) mode!: string;
  @ApiProperty({ ...DECIMAL, example: '0' }) childWeight!: string;
  @ApiProperty({
    type: 'array',
    items: {
      type: 'object',
      required: ['unitId', 'score', 'scoreDisplay'],
      properties: { unitId: { type: 'string' }, score: { type: 'string', nullable: true }, scoreDisplay: { type: 'string', nullable: true, description: DISPLAY_VALUE } },
    },
  })
  children!: Array<{ unitId: string; score: string | null; scoreDisplay: string | null }>;
  @ApiProperty(NULLABLE_DECIMAL) childMean!: string | null;
  @ApiProperty(DISPLAY) childMeanDisplay!: string | null;
  @ApiProperty() measurable!: boolean;
  @ApiProperty({ ...NULLABLE_DECIMAL, description: 'The cascaded score' }) score!: string | null;
  @ApiProperty(DISPLAY) scoreDisplay!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['nothing_measurable', 'zero_total_weight', 'cycle', null] }) reason!: string | null;
  @ApiProperty(nullableRef(RatingBandResponse)) band!: RatingBandResponse | null;
}

/** Models referenced only through `nullableRef` (registered once for the whole document). */
export const SCORE_EXTRA_MODELS = [RatingBandResponse, TargetResponse];
