import { PERIOD_CODES } from '@capaian/contracts';
import { OneOf, Text } from '@capaian/platform';
import { EvidenceList, PlanYear, ValueText, type EvidenceDto } from '../../realizations/record-realization/record-realization.dto.js';

export class BudgetRealizationDto {
  @Text(1, 120, { example: 'dpmptsp-2026.p-01', description: 'Global id of an initiative (program / kegiatan / sub kegiatan) of an approved plan' })
  initiativeId!: string;

  @PlanYear()
  year!: number;

  @OneOf(PERIOD_CODES, { example: 'Q1' })
  period!: string;

  @ValueText(30, 'amount must be a decimal number of Rupiah', { example: '312500000', description: 'Rupiah spent in the period (decimal, no separators)' })
  amount!: string;

  @Text(1, 2000, { description: 'Required to correct an amount already reported for this period' }, { optional: true })
  correctionReason?: string;

  @Text(0, 2000, {}, { optional: true })
  note?: string;

  @EvidenceList()
  evidence?: EvidenceDto[];
}
