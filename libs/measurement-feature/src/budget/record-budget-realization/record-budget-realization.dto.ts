import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { PERIOD_CODES } from '@capaian/contracts';
import { EvidenceDto, toValueString } from '../../realizations/record-realization/record-realization.dto.js';

export class BudgetRealizationDto {
  @ApiProperty({ example: 'dpmptsp-2026.p-01', description: 'Global id of an initiative (program / kegiatan / sub kegiatan) of an approved plan' })
  @IsString()
  @Length(1, 120)
  initiativeId!: string;

  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({ enum: PERIOD_CODES, example: 'Q1' })
  @IsIn(PERIOD_CODES as unknown as string[])
  period!: string;

  @ApiProperty({ example: '312500000', type: String, description: 'Rupiah spent in the period (decimal, no separators)' })
  @Transform(toValueString)
  @IsString({ message: 'amount must be a decimal number of Rupiah' })
  @Length(1, 30)
  amount!: string;

  @ApiPropertyOptional({ description: 'Required to correct an amount already reported for this period' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  correctionReason?: string;

  @ApiPropertyOptional()
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
