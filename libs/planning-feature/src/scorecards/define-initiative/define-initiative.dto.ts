import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { DECIMAL_PATTERN } from '@capaian/contracts';
import { INITIATIVE_LEVELS, type InitiativeLevel, type InitiativeSpec } from '@capaian/planning-domain';
import { CODE_MESSAGE, CODE_PATTERN, Transform, toDecimalString } from '../dto-support.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class ScheduleDto {
  @ApiProperty({ example: '2026-01-02' })
  @IsString()
  @Matches(DATE, { message: 'start must be a date YYYY-MM-DD' })
  start!: string;

  @ApiProperty({ example: '2026-12-31' })
  @IsString()
  @Matches(DATE, { message: 'end must be a date YYYY-MM-DD' })
  end!: string;
}

export class InitiativeDto {
  @ApiProperty({ enum: INITIATIVE_LEVELS })
  @IsIn(INITIATIVE_LEVELS as unknown as string[])
  level!: InitiativeLevel;

  @ApiProperty({ example: 'Program Pelayanan Penanaman Modal' })
  @IsString()
  @Length(1, 300)
  name!: string;

  @ApiPropertyOptional({ example: 'P-01', description: 'kegiatan: its program; sub_kegiatan: its kegiatan' })
  @IsOptional()
  @IsString()
  @Matches(CODE_PATTERN, { message: `parentCode: ${CODE_MESSAGE}` })
  parentCode?: string;

  @ApiProperty({ type: [String], example: ['SS-01'], description: 'Objectives it supports (a program needs at least one)' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Matches(CODE_PATTERN, { each: true, message: `objectiveCodes: ${CODE_MESSAGE}` })
  objectiveCodes!: string[];

  @ApiProperty({ example: '1250000000', type: String, description: 'Pagu anggaran in Rupiah' })
  @Transform(toDecimalString)
  @IsString({ message: 'budgetCeiling must be a decimal number of Rupiah' })
  @Matches(DECIMAL_PATTERN, { message: 'budgetCeiling must be a decimal number of Rupiah without separators, e.g. 1250000000' })
  budgetCeiling!: string;

  @ApiProperty({ example: 'dpmptsp' })
  @IsString()
  @Length(1, 80)
  ownerUnitId!: string;

  @ApiProperty({ type: ScheduleDto })
  @ValidateNested()
  @Type(() => ScheduleDto)
  schedule!: ScheduleDto;
}

export function initiativeSpecOf(code: string, dto: InitiativeDto): InitiativeSpec {
  return {
    code,
    level: dto.level,
    name: dto.name,
    parentCode: dto.parentCode ?? null,
    objectiveCodes: dto.objectiveCodes,
    budgetCeiling: dto.budgetCeiling,
    ownerUnitId: dto.ownerUnitId,
    schedule: { start: dto.schedule.start, end: dto.schedule.end },
  };
}
