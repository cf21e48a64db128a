import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { DECIMAL_PATTERN, FREQUENCIES, POLARITIES, type Frequency, type Polarity } from '@capaian/contracts';
import { AGGREGATIONS, KPI_LEVELS, VALUE_TYPES, type Aggregation, type KpiLevel, type KpiSpec, type KpiTarget, type ValueType } from '@capaian/planning-domain';
import { CODE_MESSAGE, CODE_PATTERN, ITEM_ID_MESSAGE, ITEM_ID_PATTERN, IsPeriodTargets, IsTarget, Transform, toDecimalString, toPeriodTargets, toTarget } from '../dto-support.js';
import { TARGET_INPUT_SCHEMA, property } from '../response-support.js';

const TARGET_DOC = 'A value ("82.5", a grade such as "WTP", or a date "2026-09-30"), {"value": ...}, or {"min": "2", "max": "4"} for a range KPI';
const decimal = (field: string) => Matches(DECIMAL_PATTERN, { message: `${field} must be a decimal number such as 82.5 (dot as decimal separator)` });

export class ThresholdsDto {
  @ApiProperty({ example: '100', type: String, description: 'Achievement % at or above which the KPI is green' })
  @Transform(toDecimalString)
  @IsString({ message: 'green must be a decimal number' })
  @decimal('green')
  green!: string;

  @ApiProperty({ example: '75', type: String, description: 'Achievement % at or above which it is yellow (below: red)' })
  @Transform(toDecimalString)
  @IsString({ message: 'yellow must be a decimal number' })
  @decimal('yellow')
  yellow!: string;
}

export class CascadeDto {
  @ApiProperty({ example: 'pemda-2026.iku-01', description: 'Global id of the parent unit\'s KPI' })
  @IsString()
  @Matches(ITEM_ID_PATTERN, { message: `kpiId ${ITEM_ID_MESSAGE}` })
  kpiId!: string;

  @ApiPropertyOptional({ example: '50', type: String, description: 'Share (%) of the parent\'s target this unit takes; absent = the whole target' })
  @IsOptional()
  @Transform(toDecimalString)
  @IsString({ message: 'share must be a decimal number' })
  @decimal('share')
  share?: string;
}

export class KpiDto {
  @ApiProperty({ example: 'SS-01' })
  @IsString()
  @Matches(CODE_PATTERN, { message: `objectiveCode: ${CODE_MESSAGE}` })
  objectiveCode!: string;

  @ApiProperty({ example: 'Indeks Kepuasan Masyarakat (IKM)' })
  @IsString()
  @Length(1, 300)
  name!: string;

  @ApiProperty({ example: 'indeks', description: '%, Rp, hari, jam, indeks, dokumen, opini...' })
  @IsString()
  @Length(0, 40)
  unitOfMeasure!: string;

  @ApiPropertyOptional({ example: 'Rata-rata tertimbang unsur pelayanan (PermenPANRB 14/2017)', description: 'Definition or formula' })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  definition?: string;

  @ApiPropertyOptional({ example: 'Survei IKM DPMPTSP' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  dataSource?: string;

  @ApiPropertyOptional({ example: 'dpmptsp', description: 'Unit that reports the realization; optional in a draft, required on every KPI before approval (422 KPI_OWNER_REQUIRED)' })
  @IsOptional()
  @IsString()
  @Length(1, 80)
  ownerUnitId?: string;

  @ApiProperty({ enum: FREQUENCIES })
  @IsIn(FREQUENCIES as unknown as string[])
  frequency!: Frequency;

  @ApiProperty({ enum: KPI_LEVELS, description: 'result (outcome, lagging) or process (leading)' })
  @IsIn(KPI_LEVELS as unknown as string[])
  level!: KpiLevel;

  @ApiProperty({ enum: POLARITIES })
  @IsIn(POLARITIES as unknown as string[])
  polarity!: Polarity;

  @ApiProperty({ enum: VALUE_TYPES })
  @IsIn(VALUE_TYPES as unknown as string[])
  valueType!: ValueType;

  @ApiPropertyOptional({ type: [String], example: ['WTP', 'WDP', 'TW', 'TMP'], description: 'categorical only: grades, best first' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 40, { each: true })
  grades?: string[];

  @ApiProperty({ enum: AGGREGATIONS, description: 'How sub-period values make the year\'s figure' })
  @IsIn(AGGREGATIONS as unknown as string[])
  aggregation!: Aggregation;

  @ApiProperty({ example: '50', type: String, description: 'Weight within the objective' })
  @Transform(toDecimalString)
  @IsString({ message: 'weight must be a decimal number' })
  @decimal('weight')
  weight!: string;

  @ApiPropertyOptional({ example: '78.2', type: String, description: 'Baseline, in the KPI\'s value type' })
  @IsOptional()
  @Transform(toDecimalString)
  @IsString({ message: 'baseline must be a value in the KPI\'s value type' })
  @Length(1, 40)
  baseline?: string;

  @ApiPropertyOptional(property({ ...TARGET_INPUT_SCHEMA, description: TARGET_DOC, example: '82.5' }, false))
  @IsOptional()
  @Transform(toTarget)
  @IsTarget()
  yearlyTarget?: KpiTarget | null;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: TARGET_INPUT_SCHEMA,
    description: `Per sub-period of the frequency: {"Q1": ..., "Q2": ...}; each ${TARGET_DOC}`,
    example: { Q1: '80', Q2: '81', Q3: '82', Q4: '82.5' },
  })
  @Transform(toPeriodTargets)
  @IsPeriodTargets()
  periodTargets: KpiSpec['periodTargets'] = {};

  @ApiPropertyOptional(property({ ...TARGET_INPUT_SCHEMA, description: `Target at the end of the five-year plan. ${TARGET_DOC}`, example: '88' }, false))
  @IsOptional()
  @Transform(toTarget)
  @IsTarget()
  endOfTermTarget?: KpiTarget | null;

  @ApiPropertyOptional({ type: ThresholdsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ThresholdsDto)
  thresholds?: ThresholdsDto;

  @ApiPropertyOptional({ type: CascadeDto, description: 'Direct cascading from a parent unit\'s KPI' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CascadeDto)
  cascadedFrom?: CascadeDto;
}

export function kpiSpecOf(code: string, dto: KpiDto): KpiSpec {
  return {
    code,
    objectiveCode: dto.objectiveCode,
    name: dto.name,
    unitOfMeasure: dto.unitOfMeasure,
    definition: dto.definition ?? '',
    dataSource: dto.dataSource ?? null,
    ownerUnitId: dto.ownerUnitId ?? null,
    frequency: dto.frequency,
    level: dto.level,
    polarity: dto.polarity,
    valueType: dto.valueType,
    grades: dto.grades ?? null,
    aggregation: dto.aggregation,
    weight: dto.weight,
    baseline: dto.baseline ?? null,
    yearlyTarget: dto.yearlyTarget ?? null,
    periodTargets: dto.periodTargets ?? {},
    endOfTermTarget: dto.endOfTermTarget ?? null,
    thresholds: dto.thresholds ? { green: dto.thresholds.green, yellow: dto.thresholds.yellow } : null,
    cascadedFrom: dto.cascadedFrom ? { kpiId: dto.cascadedFrom.kpiId, share: dto.cascadedFrom.share ?? null } : null,
  };
}
