import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { DECIMAL_PATTERN, PERIOD_CODES } from '@capaian/contracts';

const toDecimalString = ({ value }: { value: unknown }): unknown => (typeof value === 'number' && Number.isFinite(value) ? String(value) : value);

export class RecordRealizationDto {
  @ApiProperty({ example: 'ikm-2026' })
  @IsString()
  @Length(1, 80)
  kpiId!: string;

  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({ enum: PERIOD_CODES, example: 'Q1', description: 'Y (year), S1-S2, Q1-Q4 (triwulan), M01-M12' })
  @IsIn(PERIOD_CODES as unknown as string[])
  period!: string;

  @ApiProperty({ example: '81.2', type: String, description: 'Decimal, as a string or a JSON number' })
  @Transform(toDecimalString)
  @IsString({ message: 'value must be a decimal number' })
  @Matches(DECIMAL_PATTERN, { message: 'value must be a decimal number such as 81.2 (dot as decimal separator)' })
  value!: string;

  @ApiPropertyOptional({ example: 'Survei IKM triwulan I' })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  note?: string;
}

export class RealizationRecordedResponse {
  @ApiProperty() realizationId!: string;
  @ApiProperty() streamId!: string;
  @ApiProperty() revision!: number;
  @ApiProperty({ description: 'Global position in measurement’s store' }) position!: number;
  @ApiProperty() replayed!: boolean;
}
