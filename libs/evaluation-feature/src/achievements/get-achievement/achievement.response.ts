import { ApiProperty } from '@nestjs/swagger';
import { PERIOD_CODES, POLARITIES, VALUE_TYPES_V1 } from '@capaian/contracts';
import { nullableRef } from '@capaian/platform';
import { KpiAchievementResponse, PolicyRefResponse, TargetResponse } from '../../scores/score.responses.js';
import type { KpiAchievementView, PeriodAchievement } from './kpi-achievement.js';

const TARGET_SOURCES = ['period', 'yearly', 'yearly_share', 'none'];
const DISPLAY = 'achievement.percentDisplay: rounded for display only (policy display.decimals, half-up); null when not measurable';

export class PeriodAchievementResponse implements Omit<PeriodAchievement, 'achievement' | 'target'> {
  @ApiProperty({ enum: PERIOD_CODES, example: 'Q1' }) period!: PeriodAchievement['period'];
  @ApiProperty({ example: '84.60' }) realization!: string;
  @ApiProperty({ enum: VALUE_TYPES_V1 }) valueType!: PeriodAchievement['valueType'];
  @ApiProperty({ type: 'integer', example: 1, description: '1 = as recorded; higher = corrected that many times' }) valueRevision!: number;
  @ApiProperty({ enum: ['submitted', 'verified', 'rejected'], description: 'rejected: the value does not count (achievement `missing_realization`, as in /scores)' })
  status!: PeriodAchievement['status'];
  @ApiProperty(nullableRef(TargetResponse, { description: 'The target this period is compared with' })) target!: TargetResponse | null;
  @ApiProperty({ enum: TARGET_SOURCES }) targetSource!: PeriodAchievement['targetSource'];
  @ApiProperty({ type: KpiAchievementResponse, description: 'The KPI’s achievement for this period in /scores (not_reported_in_period: the KPI is not reported for it)' })
  achievement!: KpiAchievementResponse;
  @ApiProperty({ type: String, nullable: true, example: '99.53', description: DISPLAY }) achievementDisplay!: string | null;
}

export class YearAchievementResponse {
  @ApiProperty({ type: String, nullable: true, example: '85.90', description: 'The year’s aggregated figure' }) value!: string | null;
  @ApiProperty(nullableRef(TargetResponse)) target!: TargetResponse | null;
  @ApiProperty({ enum: TARGET_SOURCES }) targetSource!: string;
  @ApiProperty({ type: KpiAchievementResponse }) achievement!: KpiAchievementResponse;
  @ApiProperty({ type: String, nullable: true, example: '101.06', description: DISPLAY }) achievementDisplay!: string | null;
}

export class KpiAchievementViewResponse implements Omit<KpiAchievementView, 'periods' | 'yearAchievement'> {
  @ApiProperty({ example: 'kab-contoh' }) tenantId!: string;
  @ApiProperty({ example: 'dpmptsp-2026.iku-01' }) kpiId!: string;
  @ApiProperty({ example: 'IKU-01' }) code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'dpmptsp-pelayanan' }) ownerUnitId!: string;
  @ApiProperty({ example: 'dpmptsp-2026' }) scorecardId!: string;
  @ApiProperty({ type: 'integer', example: 1 }) planVersion!: number;
  @ApiProperty({ type: 'integer', example: 2026 }) year!: number;
  @ApiProperty({ example: '85.00', description: 'The yearly target’s value (empty when the plan gives none, e.g. a range)' }) yearlyTarget!: string;
  @ApiProperty({ enum: POLARITIES }) polarity!: KpiAchievementView['polarity'];
  @ApiProperty({ enum: VALUE_TYPES_V1 }) valueType!: KpiAchievementView['valueType'];
  @ApiProperty({ type: [PeriodAchievementResponse], description: 'Every period with a value, in period-code order' }) periods!: PeriodAchievementResponse[];
  @ApiProperty({ type: YearAchievementResponse, description: 'The KPI’s figure in /scores for period Y' }) yearAchievement!: YearAchievementResponse;
  @ApiProperty({ example: 'permendagri-86-2017', description: 'policy.policyId' }) policyId!: string;
  @ApiProperty({ type: PolicyRefResponse, description: 'The scoring policy version the figures were computed under' }) policy!: PolicyRefResponse;
  @ApiProperty({ type: 'integer', description: 'Highest position of evaluation’s store that contributed to this answer' }) computedFromPosition!: number;
}
