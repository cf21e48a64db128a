import { StreamWrittenResponse } from '@capaian/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PERIOD_CODES } from '@capaian/contracts';
import { EvidenceLinkResponse } from '../../realizations/list-realizations/realization.response.js';

/** The `budget-realization-recorded` or `budget-realization-corrected` event (the correction fields only on the latter). */
export class BudgetRealizationDataResponse {
  @ApiProperty() budgetRealizationId!: string;
  @ApiProperty({ example: 'kab-contoh' }) tenantId!: string;
  @ApiProperty({ example: 'pemda-2026.sub-02' }) initiativeId!: string;
  @ApiProperty({ example: 'pemda-2026' }) scorecardId!: string;
  @ApiProperty({ example: 'dpmptsp' }) unitId!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ enum: PERIOD_CODES, example: 'Q1' }) period!: string;
  @ApiProperty({ example: '312500000', description: 'Rupiah (decimal string)' }) amount!: string;
  @ApiProperty({ example: 1, description: '1 for the recorded amount, +1 per correction' }) amountRevision!: number;
  @ApiProperty({ type: [EvidenceLinkResponse] }) evidence!: EvidenceLinkResponse[];
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ example: '312500000', description: 'Sum of the current amounts of every period of the year, this one included (decimal string)' }) cumulativeAmount!: string;
  @ApiProperty({ example: '750000000', description: 'The ceiling (pagu) of the plan version in force (decimal string)' }) budgetCeiling!: string;
  @ApiProperty() overCeiling!: boolean;
  @ApiProperty() afterLock!: boolean;
  @ApiPropertyOptional({ description: 'corrected' }) correctionId?: string;
  @ApiPropertyOptional({ description: 'corrected' }) reason?: string;
  @ApiPropertyOptional({ description: 'corrected: the amount revision superseded' }) supersedesRevision?: number;
  @ApiPropertyOptional({ example: '300000000', description: 'corrected (decimal string)' }) previousAmount?: string;
}

export class BudgetRealizationWrittenResponse extends StreamWrittenResponse {
  @ApiProperty({ type: BudgetRealizationDataResponse }) data!: BudgetRealizationDataResponse;
}
