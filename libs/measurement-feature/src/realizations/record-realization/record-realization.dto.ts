import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';
import { PERIOD_CODES } from '@capaian/contracts';
import { NestedList, OneOf, Text, WholeNumber, stackDecorators, toDecimalString } from '@capaian/platform';

/**
 * A value kept as the string the user meant (81.2 is accepted and becomes "81.2", never a float):
 * text of 1..`max` characters; `message` is the 400 text for one that is not text.
 */
export const ValueText = (max: number, message: string, api: ApiPropertyOptions) =>
  stackDecorators(ApiProperty({ type: String, ...api }), Transform(toDecimalString), IsString({ message }), Length(1, max));

/** The written text of a realization's value. */
export const VALUE_MESSAGE = 'value must be a decimal number, a grade or a date written as text';

export class EvidenceDto {
  @Text(1, 2000, { example: 'https://drive.pemda.go.id/bukti/ikm-tw1.pdf', description: 'Bukti dukung: an http(s) link' })
  url!: string;

  @Text(0, 200, { example: 'Laporan survei IKM TW I' }, { optional: true })
  label?: string;
}

/** At most 20 evidence links, optional. */
export const EvidenceList = (description?: string) => NestedList(EvidenceDto, 20, description === undefined ? {} : { description }, { optional: true });

/** A reporting year of a plan. */
export const PlanYear = () => WholeNumber(2000, 2100, { example: 2026 });

export class RealizationKeyDto {
  @Text(1, 120, { example: 'dpmptsp-2026.iku-01', description: 'Global KPI id from the approved plan' })
  kpiId!: string;

  @PlanYear()
  year!: number;

  @OneOf(PERIOD_CODES, {
    example: 'Q1',
    description:
      'Y (year), S1-S2, Q1-Q4 (triwulan), M01-M12. A first value for a period that has not started is refused (422 PERIOD_NOT_STARTED); one for the running period only when the reporting policy accepts it (acceptBeforePeriodEnd, default true; else 422 PERIOD_NOT_ENDED). Corrections are not limited.',
  })
  period!: string;
}

export class RecordRealizationDto extends RealizationKeyDto {
  @ValueText(40, VALUE_MESSAGE, { example: '81.2', description: 'In the KPI\'s value type: a decimal ("81.2", dot as separator), a grade ("WTP") or a date ("2026-09-30")' })
  value!: string;

  @Text(0, 2000, { example: 'Survei IKM triwulan I' }, { optional: true })
  note?: string;

  @EvidenceList()
  evidence?: EvidenceDto[];
}

export const evidenceOf = (e: EvidenceDto[] | undefined) => e?.map((x) => ({ url: x.url, label: x.label ?? null }));
