import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { PERIOD_CODES } from '@capaian/contracts';

/** Accepts 81.2 or "81.2"; keeps the value as the string the user meant (never a float). */
export const toValueString = ({ value }: { value: unknown }): unknown => (typeof value === 'number' && Number.isFinite(value) ? String(value) : value);

export class EvidenceDto {
  @ApiProperty({ example: 'https://drive.pemda.go.id/bukti/ikm-tw1.pdf', description: 'Bukti dukung: an http(s) link' })
  @IsString()
  @Length(1, 2000)
  url!: string;

  @ApiPropertyOptional({ example: 'Laporan survei IKM TW I' })
  @IsOptional()
  @IsString()
  @Length(0, 200)
  label?: string;
}

export class RealizationKeyDto {
  @ApiProperty({ example: 'dpmptsp-2026.iku-01', description: 'Global KPI id from the approved plan' })
  @IsString()
  @Length(1, 120)
  kpiId!: string;

  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({
    enum: PERIOD_CODES,
    example: 'Q1',
    description:
      'Y (year), S1-S2, Q1-Q4 (triwulan), M01-M12. A first value for a period that has not started is refused (422 PERIOD_NOT_STARTED); one for the running period only when the reporting policy accepts it (acceptBeforePeriodEnd, default true; else 422 PERIOD_NOT_ENDED). Corrections are not limited.',
  })
  @IsIn(PERIOD_CODES as unknown as string[])
  period!: string;
}

export class RecordRealizationDto extends RealizationKeyDto {
  @ApiProperty({ example: '81.2', type: String, description: 'In the KPI\'s value type: a decimal ("81.2", dot as separator), a grade ("WTP") or a date ("2026-09-30")' })
  @Transform(toValueString)
  @IsString({ message: 'value must be a decimal number, a grade or a date written as text' })
  @Length(1, 40)
  value!: string;

  @ApiPropertyOptional({ example: 'Survei IKM triwulan I' })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  note?: string;

  @ApiPropertyOptional({ type: [EvidenceDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  evidence?: EvidenceDto[];
}

export const evidenceOf = (e: EvidenceDto[] | undefined) => e?.map((x) => ({ url: x.url, label: x.label ?? null }));
