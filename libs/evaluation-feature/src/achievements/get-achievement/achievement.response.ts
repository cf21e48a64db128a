import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PERIOD_CODES, POLARITIES, VALUE_TYPES_V1 } from '@capaian/contracts';
import { DECIMAL } from '@capaian/platform';
import type { KpiAchievementView, PeriodAchievement } from '../../scores/achievement-view.js';

/** Achievement of one period against the yearly target: measurable with a percent, or not measurable with a reason. */
export class PeriodAchievementResultResponse {
  @ApiProperty() measurable!: boolean;
  @ApiPropertyOptional({ ...DECIMAL, example: '99.52941176470588235294117647058824', description: 'measurable: percent after floor and cap' }) percent?: string;
  @ApiPropertyOptional({ description: 'measurable: the floor or the cap was applied' }) capped?: boolean;
  @ApiPropertyOptional({ example: 'non_numeric_value', description: 'not measurable: why' }) reason?: string;
}

export class PeriodAchievementResponse implements Omit<PeriodAchievement, 'achievement'> {
  @ApiProperty({ enum: PERIOD_CODES, example: 'Q1' }) period!: PeriodAchievement['period'];
  @ApiProperty({ example: '84.60' }) realization!: string;
  @ApiProperty({ enum: VALUE_TYPES_V1 }) valueType!: PeriodAchievement['valueType'];
  @ApiProperty({ type: 'integer', example: 1, description: '1 = as recorded; higher = corrected that many times' }) valueRevision!: number;
  @ApiProperty({ type: PeriodAchievementResultResponse }) achievement!: PeriodAchievementResultResponse;
  @ApiProperty({ type: String, nullable: true, example: '99.53', description: 'Rounded for display only; null when not measurable' }) achievementDisplay!: string | null;
}

export class KpiAchievementViewResponse implements Omit<KpiAchievementView, 'periods'> {
  @ApiProperty({ example: 'kab-contoh' }) tenantId!: string;
  @ApiProperty({ example: 'dpmptsp-2026.iku-01' }) kpiId!: string;
  @ApiProperty({ example: 'IKU-01' }) code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'dpmptsp-pelayanan' }) ownerUnitId!: string;
  @ApiProperty({ type: 'integer', example: 2026 }) year!: number;
  @ApiProperty({ example: '85.00', description: 'Decimal string (empty when the plan gives none)' }) yearlyTarget!: string;
  @ApiProperty({ enum: POLARITIES }) polarity!: KpiAchievementView['polarity'];
  @ApiProperty({ type: [PeriodAchievementResponse] }) periods!: PeriodAchievementResponse[];
  @ApiProperty({ example: 'default-2026.1' }) policyId!: string;
  @ApiProperty({ type: 'integer', description: 'Highest position of evaluation’s store that contributed to this answer' }) computedFromPosition!: number;
}
