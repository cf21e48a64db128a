import { ApiProperty } from '@nestjs/swagger';
import { KPI_LEVELS_V1, POLARITIES } from '@capaian/contracts';
import { DECIMAL, NULLABLE_DECIMAL, nullableRef } from '@capaian/platform';
import { BilingualTextResponse, PolicyRefResponse, PositionRangeResponse } from '../../scores/score.responses.js';

/** The LKjIP report model (`LkjipReport`), as `?format=json` answers it; `...Text` fields are rounded for display (see `display`). */

const TEXT = { type: String, nullable: true, example: '98.48', description: 'For display: the policy’s display decimals, half-up' } as const;
const FIGURE = { type: String, nullable: true, description: 'For display: rounded half-up to the policy’s display decimals when it has more (money: whole Rupiah), else as planned' } as const;

export class LkjipDisplayResponse {
  @ApiProperty({ type: 'integer', example: 2, description: 'The scoring policy’s display.decimals used by every `...Text` field' }) decimals!: number;
}

export class LkjipBandResponse {
  @ApiProperty({ example: 'tinggi' }) code!: string;
  @ApiProperty({ type: BilingualTextResponse }) label!: BilingualTextResponse;
}

export class LkjipKpiRowResponse {
  @ApiProperty({ type: 'integer', example: 1 }) no!: number;
  @ApiProperty({ example: 'dpmptsp-2026.iku-01' }) kpiId!: string;
  @ApiProperty({ example: 'IKU-01' }) code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: '%' }) unitOfMeasure!: string;
  @ApiProperty({ enum: KPI_LEVELS_V1 }) level!: string;
  @ApiProperty({ enum: POLARITIES }) polarity!: string;
  @ApiProperty() perspectiveId!: string;
  @ApiProperty() objectiveId!: string;
  @ApiProperty({ example: 'SS-01' }) objectiveCode!: string;
  @ApiProperty() objectiveName!: string;
  @ApiProperty({ type: String, nullable: true }) baseline!: string | null;
  @ApiProperty(FIGURE) baselineText!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '85.00', description: 'A value, or `min - max` for a range' }) target!: string | null;
  @ApiProperty(FIGURE) targetText!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The year’s figure (exact)' }) realization!: string | null;
  @ApiProperty(FIGURE) realizationText!: string | null;
  @ApiProperty({ ...NULLABLE_DECIMAL, description: 'Exact percent after cap and floor; null when not measurable' }) achievement!: string | null;
  @ApiProperty(TEXT) achievementText!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'missing_realization' }) notMeasurableReason!: string | null;
  @ApiProperty({ type: String, nullable: true }) previousRealization!: string | null;
  @ApiProperty(FIGURE) previousRealizationText!: string | null;
  @ApiProperty(TEXT) previousAchievementText!: string | null;
  @ApiProperty(NULLABLE_DECIMAL) changeFromPrevious!: string | null;
  @ApiProperty(FIGURE) changeFromPreviousText!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Target akhir Renstra, as text' }) endOfTermTarget!: string | null;
  @ApiProperty(FIGURE) endOfTermTargetText!: string | null;
  @ApiProperty(TEXT) endOfTermAchievementText!: string | null;
  @ApiProperty(nullableRef(LkjipBandResponse)) band!: LkjipBandResponse | null;
  @ApiProperty({ enum: ['green', 'yellow', 'red', 'none'] }) trafficLight!: string;
}

export class LkjipObjectiveResponse {
  @ApiProperty() objectiveId!: string;
  @ApiProperty({ example: 'SS-01' }) code!: string;
  @ApiProperty() name!: string;
  @ApiProperty(NULLABLE_DECIMAL) score!: string | null;
  @ApiProperty(TEXT) scoreText!: string | null;
  @ApiProperty(nullableRef(LkjipBandResponse)) band!: LkjipBandResponse | null;
  @ApiProperty({ type: [LkjipKpiRowResponse] }) kpis!: LkjipKpiRowResponse[];
}

export class LkjipPerspectiveResponse {
  @ApiProperty() perspectiveId!: string;
  @ApiProperty({ example: 'MAS' }) code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'integer' }) order!: number;
  @ApiProperty({ ...DECIMAL, example: '40' }) weight!: string;
  @ApiProperty({ type: String, example: '40', description: FIGURE.description }) weightText!: string;
  @ApiProperty(NULLABLE_DECIMAL) score!: string | null;
  @ApiProperty(TEXT) scoreText!: string | null;
  @ApiProperty(nullableRef(LkjipBandResponse)) band!: LkjipBandResponse | null;
  @ApiProperty({ type: [LkjipObjectiveResponse] }) objectives!: LkjipObjectiveResponse[];
}

export class LkjipScorecardResponse {
  @ApiProperty({ example: 'dpmptsp-2026' }) scorecardId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: 'integer' }) planVersion!: number;
  @ApiProperty() vision!: string;
  @ApiProperty({ type: [String] }) missions!: string[];
  @ApiProperty(NULLABLE_DECIMAL) score!: string | null;
  @ApiProperty(TEXT) scoreText!: string | null;
  @ApiProperty(nullableRef(LkjipBandResponse)) band!: LkjipBandResponse | null;
  @ApiProperty({ type: String, nullable: true }) notMeasurableReason!: string | null;
}

export class LkjipBudgetRowResponse {
  @ApiProperty() initiativeId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true, example: 'program' }) level!: string | null;
  @ApiProperty(DECIMAL) ceiling!: string;
  @ApiProperty(NULLABLE_DECIMAL) realized!: string | null;
  @ApiProperty(NULLABLE_DECIMAL) absorption!: string | null;
  @ApiProperty(TEXT) absorptionText!: string | null;
}

export class LkjipBudgetResponse {
  @ApiProperty({ ...DECIMAL, example: '1500000000' }) ceiling!: string;
  @ApiProperty(NULLABLE_DECIMAL) realized!: string | null;
  @ApiProperty(NULLABLE_DECIMAL) absorption!: string | null;
  @ApiProperty(TEXT) absorptionText!: string | null;
  @ApiProperty({ type: [LkjipBudgetRowResponse] }) initiatives!: LkjipBudgetRowResponse[];
}

export class LkjipVfmRowResponse {
  @ApiProperty({ type: String, nullable: true, description: 'null for the unit’s row' }) initiativeId!: string | null;
  @ApiProperty({ type: String, nullable: true }) code!: string | null;
  @ApiProperty() name!: string;
  @ApiProperty(TEXT) economyText!: string | null;
  @ApiProperty(TEXT) efficiencyText!: string | null;
  @ApiProperty(TEXT) effectivenessText!: string | null;
  @ApiProperty(NULLABLE_DECIMAL) economy!: string | null;
  @ApiProperty(NULLABLE_DECIMAL) savings!: string | null;
  @ApiProperty(NULLABLE_DECIMAL) efficiency!: string | null;
  @ApiProperty(NULLABLE_DECIMAL) effectiveness!: string | null;
  @ApiProperty({ type: [String], description: 'Flag codes' }) flags!: string[];
  @ApiProperty({ type: [String], description: 'The flags in Indonesian' }) flagLabels!: string[];
}

export class LkjipValueForMoneyResponse {
  @ApiProperty({ type: LkjipVfmRowResponse }) unit!: LkjipVfmRowResponse;
  @ApiProperty({ type: [LkjipVfmRowResponse] }) initiatives!: LkjipVfmRowResponse[];
}

export class LkjipSakipResponse {
  @ApiProperty(DECIMAL) total!: string;
  @ApiProperty({ example: '72.50' }) totalText!: string;
  @ApiProperty({ example: 'BB' }) grade!: string;
  @ApiProperty({ example: '1' }) worksheetVersion!: string;
  @ApiProperty({ type: String, nullable: true }) worksheetId!: string | null;
}

export class LkjipPerspectiveChartResponse {
  @ApiProperty() perspectiveId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty(NULLABLE_DECIMAL) score!: string | null;
  @ApiProperty(TEXT) scoreText!: string | null;
}

export class LkjipTrendPointResponse {
  @ApiProperty({ example: 'Q1' }) period!: string;
  @ApiProperty({ type: String, nullable: true }) value!: string | null;
  @ApiProperty(FIGURE) valueText!: string | null;
  @ApiProperty(NULLABLE_DECIMAL) achievement!: string | null;
  @ApiProperty(TEXT) achievementText!: string | null;
}

export class LkjipKpiTrendResponse {
  @ApiProperty() kpiId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() unitOfMeasure!: string;
  @ApiProperty({ type: [LkjipTrendPointResponse] }) points!: LkjipTrendPointResponse[];
}

export class LkjipChartsResponse {
  @ApiProperty({ type: [LkjipPerspectiveChartResponse] }) perspectiveScores!: LkjipPerspectiveChartResponse[];
  @ApiProperty({ type: [LkjipKpiTrendResponse] }) kpiTrends!: LkjipKpiTrendResponse[];
}

export class LkjipPreviousResponse {
  @ApiProperty() scorecardId!: string;
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ type: PolicyRefResponse }) policy!: PolicyRefResponse;
  @ApiProperty({ type: PositionRangeResponse }) positions!: PositionRangeResponse;
}

export class LkjipProvenanceResponse {
  @ApiProperty({ type: PolicyRefResponse }) policy!: PolicyRefResponse;
  @ApiProperty({ type: PositionRangeResponse }) positions!: PositionRangeResponse;
  @ApiProperty({ format: 'date-time' }) generatedAt!: string;
  @ApiProperty() scorecardId!: string;
  @ApiProperty({ type: 'integer' }) planVersion!: number;
  @ApiProperty(nullableRef(LkjipPreviousResponse, { description: 'Where last year’s figures came from' })) previous!: LkjipPreviousResponse | null;
  @ApiProperty({ description: 'One line naming all of the above' }) text!: string;
}

export class LkjipUnitResponse {
  @ApiProperty({ example: 'dpmptsp' }) id!: string;
  @ApiProperty() name!: string;
}

export class LkjipReportResponse {
  @ApiProperty({ type: 'integer', enum: [1] }) formatVersion!: number;
  @ApiProperty({ type: LkjipDisplayResponse }) display!: LkjipDisplayResponse;
  @ApiProperty({ type: BilingualTextResponse }) title!: BilingualTextResponse;
  @ApiProperty({ type: LkjipUnitResponse }) unit!: LkjipUnitResponse;
  @ApiProperty({ type: 'integer', example: 2026 }) year!: number;
  @ApiProperty({ type: LkjipScorecardResponse }) scorecard!: LkjipScorecardResponse;
  @ApiProperty({ type: [LkjipPerspectiveResponse] }) perspectives!: LkjipPerspectiveResponse[];
  @ApiProperty({ type: [LkjipKpiRowResponse], description: 'Every KPI row, in report order' }) kpis!: LkjipKpiRowResponse[];
  @ApiProperty(nullableRef(LkjipBudgetResponse)) budget!: LkjipBudgetResponse | null;
  @ApiProperty(nullableRef(LkjipValueForMoneyResponse)) valueForMoney!: LkjipValueForMoneyResponse | null;
  @ApiProperty(nullableRef(LkjipSakipResponse, { description: 'The finalized SAKIP grade; null when not finalized' })) sakip!: LkjipSakipResponse | null;
  @ApiProperty({ type: LkjipChartsResponse }) charts!: LkjipChartsResponse;
  @ApiProperty({ type: LkjipProvenanceResponse }) provenance!: LkjipProvenanceResponse;
}

/** Models referenced only by `$ref` (nullable properties, the JSON format). */
export const LKJIP_EXTRA_MODELS = [LkjipReportResponse, LkjipBandResponse, LkjipBudgetResponse, LkjipValueForMoneyResponse, LkjipSakipResponse, LkjipPreviousResponse];
