import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsObject, IsString, Matches, ValidateNested, registerDecorator, type ValidationArguments } from 'class-validator';
import { DECIMAL_PATTERN } from '@capaian/contracts';
import { INITIATIVE_LEVELS, type InitiativeLevel, type InitiativeSpec } from '@capaian/planning-domain';
import { OneOf, Text, toDecimalString } from '@capaian/platform';
import { CODE_MESSAGE, CODE_PATTERN, CodeRef, Transform } from '../dto-support.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `end` must not lie before `start` (both YYYY-MM-DD, so text order is date order). */
function IsNotBefore(startField: string) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isNotBefore',
      target: object.constructor,
      propertyName,
      options: { message: `${propertyName} must not be before ${startField} / tanggal selesai tidak boleh sebelum tanggal mulai` },
      validator: {
        validate: (v: unknown, args: ValidationArguments) => {
          const start = (args.object as Record<string, unknown>)[startField];
          return typeof v !== 'string' || typeof start !== 'string' || !DATE.test(v) || !DATE.test(start) || start <= v;
        },
      },
    });
}

export class ScheduleDto {
  @ApiProperty({ example: '2026-01-02', description: 'First day (YYYY-MM-DD), within the plan year' })
  @IsDefined({ message: 'start is required: a date YYYY-MM-DD' })
  @IsString({ message: 'start must be a date YYYY-MM-DD' })
  @Matches(DATE, { message: 'start must be a date YYYY-MM-DD' })
  start!: string;

  @ApiProperty({ example: '2026-12-31', description: 'Last day (YYYY-MM-DD), not before start, within the plan year' })
  @IsDefined({ message: 'end is required: a date YYYY-MM-DD' })
  @IsString({ message: 'end must be a date YYYY-MM-DD' })
  @Matches(DATE, { message: 'end must be a date YYYY-MM-DD' })
  @IsNotBefore('start')
  end!: string;
}

export class InitiativeDto {
  @OneOf(INITIATIVE_LEVELS)
  level!: InitiativeLevel;

  @Text(1, 300, { example: 'Program Pelayanan Penanaman Modal' })
  name!: string;

  @CodeRef({ example: 'P-01', description: 'kegiatan: its program; sub_kegiatan: its kegiatan' }, { optional: true })
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

  @Text(1, 80, { example: 'dpmptsp' })
  ownerUnitId!: string;

  @ApiProperty({ type: ScheduleDto, description: 'Required: {start, end} dates YYYY-MM-DD with start <= end, within the plan year' })
  @IsDefined({ message: 'schedule is required: {"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"} / jadwal wajib diisi' })
  @IsObject({ message: 'schedule must be an object {"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}' })
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
