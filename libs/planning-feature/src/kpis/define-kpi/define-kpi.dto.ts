import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { DECIMAL_PATTERN, FREQUENCIES, POLARITIES, type Frequency, type Polarity } from '@capaian/contracts';

/** Accepts 82.5 or "82.5"; keeps it as the decimal string the user meant (never a float). */
export const toDecimalString = ({ value }: { value: unknown }): unknown => (typeof value === 'number' && Number.isFinite(value) ? String(value) : value);

export class DefineKpiDto {
  @ApiPropertyOptional({ description: 'Client-chosen id (slug); generated when absent', example: 'ikm-2026' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9_-]{0,79}$/, { message: 'kpiId may contain lowercase letters, digits, - and _ (max 80)' })
  kpiId?: string;

  @ApiProperty({ example: 'IKU-01' })
  @IsString()
  @Length(1, 40)
  code!: string;

  @ApiProperty({ example: 'Indeks Kepuasan Masyarakat (IKM)' })
  @IsString()
  @Length(1, 300)
  name!: string;

  @ApiProperty({ description: 'Unit that owns the KPI and reports its realization', example: 'opd-dpmptsp' })
  @IsString()
  @Length(1, 80)
  ownerUnitId!: string;

  @ApiProperty({ example: 'indeks' })
  @IsString()
  @Length(0, 40)
  unitOfMeasure!: string;

  @ApiProperty({ enum: POLARITIES })
  @IsIn(POLARITIES as unknown as string[])
  polarity!: Polarity;

  @ApiProperty({ enum: FREQUENCIES })
  @IsIn(FREQUENCIES as unknown as string[])
  frequency!: Frequency;

  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({ description: 'Decimal, as a string or a JSON number', example: '82.5', type: String })
  @Transform(toDecimalString)
  @IsString({ message: 'yearlyTarget must be a decimal number' })
  @Matches(DECIMAL_PATTERN, { message: 'yearlyTarget must be a decimal number such as 82.5 (dot as decimal separator)' })
  yearlyTarget!: string;
}

export class KpiWrittenResponse {
  @ApiProperty() kpiId!: string;
  @ApiProperty() streamId!: string;
  @ApiProperty({ description: 'Stream revision after the write (the ETag)' }) revision!: number;
  @ApiProperty({ description: 'Global position of the last event written' }) position!: number;
  @ApiProperty({ description: 'true when this answers a repeat of an earlier request (same Idempotency-Key)' }) replayed!: boolean;
}
