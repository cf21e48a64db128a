import { ApiProperty } from '@nestjs/swagger';
import { INITIATIVE_LEVELS_V1 } from '@capaian/contracts';
import { DECIMAL, NULLABLE_DECIMAL, nullableRef } from '@capaian/platform';
import { BilingualTextResponse, PolicyRefResponse, PositionRangeResponse } from '../../scores/score.responses.js';

export class VfmEconomyResponse {
  @ApiProperty({ description: 'The absorption could be computed' }) measurable!: boolean;
  @ApiProperty({ type: String, nullable: true, enum: ['no_initiatives', 'invalid_ceiling', 'no_budget_reported', 'zero_ceiling', null] }) reason!: string | null;
  @ApiProperty({ ...NULLABLE_DECIMAL, example: '1500000000', description: 'Pagu (Rupiah); null only when a ceiling is not a decimal >= 0' }) ceiling!: string | null;
  @ApiProperty({ ...NULLABLE_DECIMAL, example: '1200000000', description: 'Realisasi (Rupiah); null when nothing was reported' }) realized!: string | null;
  @ApiProperty({ ...NULLABLE_DECIMAL, example: '80', description: 'Percent' }) absorption!: string | null;
  @ApiProperty(NULLABLE_DECIMAL) savings!: string | null;
  @ApiProperty() overCeiling!: boolean;
  @ApiProperty(NULLABLE_DECIMAL) excess!: string | null;
}

export class VfmKpiSelectionResponse {
  @ApiProperty() objectiveId!: string;
  @ApiProperty({ enum: ['process', 'all', 'result'] }) basis!: string;
}

export class VfmKpiUsedResponse {
  @ApiProperty() kpiId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() objectiveId!: string;
  @ApiProperty({ example: 'process' }) level!: string;
  @ApiProperty(DECIMAL) percent!: string;
}

export class VfmKpiExcludedResponse {
  @ApiProperty() kpiId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() objectiveId!: string;
  @ApiProperty({ example: 'process' }) level!: string;
  @ApiProperty({ example: 'missing_realization' }) reason!: string;
}

export class VfmKpiMeanResponse {
  @ApiProperty() measurable!: boolean;
  @ApiProperty({ type: String, nullable: true, enum: ['no_objectives', 'no_kpis', 'nothing_measurable', null] }) reason!: string | null;
  @ApiProperty({ ...NULLABLE_DECIMAL, description: 'Mean achievement percent' }) percent!: string | null;
  @ApiProperty({ type: [VfmKpiSelectionResponse] }) selection!: VfmKpiSelectionResponse[];
  @ApiProperty({ type: [VfmKpiUsedResponse] }) used!: VfmKpiUsedResponse[];
  @ApiProperty({ type: [VfmKpiExcludedResponse] }) excluded!: VfmKpiExcludedResponse[];
}

export class VfmEfficiencyResponse {
  @ApiProperty() measurable!: boolean;
  @ApiProperty({ type: String, nullable: true, example: 'no_budget_reported', description: 'An economy reason, no_budget_realized or no_output_achievement; null when measurable' }) reason!:
    string | null;
  @ApiProperty({ ...NULLABLE_DECIMAL, example: '1.05', description: 'output % / absorption %' }) ratio!: string | null;
  @ApiProperty({ type: VfmKpiMeanResponse }) output!: VfmKpiMeanResponse;
  @ApiProperty(NULLABLE_DECIMAL) absorption!: string | null;
}

export class VfmFlagResponse {
  @ApiProperty({ enum: ['over_ceiling', 'low_absorption', 'inefficient'] }) code!: string;
  @ApiProperty({ example: 'flags.inefficient' }) rule!: string;
  @ApiProperty({ type: PolicyRefResponse }) policy!: PolicyRefResponse;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'The numbers compared (decimal strings, by name)' }) numbers!: Record<string, string>;
  @ApiProperty({ type: BilingualTextResponse }) message!: BilingualTextResponse;
}

export class VfmOwnBudgetResponse {
  @ApiProperty(DECIMAL) ceiling!: string;
  @ApiProperty(NULLABLE_DECIMAL) realized!: string | null;
}

export class VfmLineResponse {
  @ApiProperty({ enum: ['initiative', 'unit'] }) scope!: string;
  @ApiProperty({ description: 'Initiative id, or the unit id' }) id!: string;
  @ApiProperty({ type: String, nullable: true }) code!: string | null;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true, enum: [...INITIATIVE_LEVELS_V1, null] }) level!: string | null;
  @ApiProperty({ type: String, nullable: true }) parentId!: string | null;
  @ApiProperty({ type: [String] }) objectiveIds!: string[];
  @ApiProperty({ enum: ['own', 'ancestor', 'covered', 'none'] }) objectivesFrom!: string;
  @ApiProperty({ type: [String], description: 'Initiatives covered (itself and its descendants), plan order' }) includes!: string[];
  @ApiProperty({ type: [String] }) budgetReported!: string[];
  @ApiProperty({ type: [String] }) budgetUnreported!: string[];
  @ApiProperty(nullableRef(VfmOwnBudgetResponse, { description: 'The initiative’s own pagu and realization; null for the unit' })) own!: VfmOwnBudgetResponse | null;
  @ApiProperty({ type: VfmEconomyResponse }) economy!: VfmEconomyResponse;
  @ApiProperty({ type: VfmEfficiencyResponse }) efficiency!: VfmEfficiencyResponse;
  @ApiProperty({ type: VfmKpiMeanResponse }) effectiveness!: VfmKpiMeanResponse;
  @ApiProperty({ type: [VfmFlagResponse] }) flags!: VfmFlagResponse[];
}

export class VfmBasisResponse {
  @ApiProperty({ type: 'integer' }) planVersion!: number;
  @ApiProperty({ type: PolicyRefResponse }) scoringPolicy!: PolicyRefResponse;
  @ApiProperty({ type: PositionRangeResponse }) positions!: PositionRangeResponse;
  @ApiProperty(nullableRef(PositionRangeResponse, { description: 'Positions of the budget events used; null when none was reported' })) budgetPositions!: PositionRangeResponse | null;
}

export class ValueForMoneyResponse {
  @ApiProperty({ type: String, nullable: true, example: null }) asOf!: string | null;
  @ApiProperty({ example: 'dpmptsp-2026' }) scorecardId!: string;
  @ApiProperty({ example: 'dpmptsp' }) unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ type: 'integer', example: 2026 }) year!: number;
  @ApiProperty({ type: PolicyRefResponse, description: 'The value-for-money policy' }) policy!: PolicyRefResponse;
  @ApiProperty({ type: [VfmLineResponse] }) initiatives!: VfmLineResponse[];
  @ApiProperty({ type: [VfmLineResponse], description: 'The program-level lines' }) programs!: VfmLineResponse[];
  @ApiProperty({ type: VfmLineResponse }) unit!: VfmLineResponse;
  @ApiProperty({ example: 'kab-contoh' }) tenantId!: string;
  @ApiProperty({ type: VfmBasisResponse }) basis!: VfmBasisResponse;
}
