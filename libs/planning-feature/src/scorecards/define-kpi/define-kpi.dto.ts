import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { FREQUENCIES, POLARITIES, type Frequency, type Polarity } from '@capaian/contracts';
import { AGGREGATIONS, KPI_LEVELS, VALUE_TYPES, type Aggregation, type KpiLevel, type KpiSpec, type KpiTarget, type ValueType } from '@capaian/planning-domain';
import { DecimalText, OneOf, Text, TextList, toDecimalString } from '@capaian/platform';
import { CodeRef, IsPeriodTargets, IsTarget, ItemIdRef, Transform, toPeriodTargets, toTarget } from '../dto-support.js';
import { TARGET_INPUT_SCHEMA, property } from '../response-support.js';

const TARGET_DOC = 'A value ("82.5", a grade such as "WTP", or a date "2026-09-30"), {"value": ...}, or {"min": "2", "max": "4"} for a range KPI';
const decimalMessage = (field: string) => `${field} must be a decimal number such as 82.5 (dot as decimal separator)`;

export class ThresholdsDto {
  @DecimalText({ example: '100', description: 'Achievement % at or above which the KPI is green' }, decimalMessage)
  green!: string;

  @DecimalText({ example: '75', description: 'Achievement % at or above which it is yellow (below: red)' }, decimalMessage)
  yellow!: string;
}

export class CascadeDto {
  @ItemIdRef({ example: 'pemda-2026.iku-01', description: "Global id of the parent unit's KPI" })
  kpiId!: string;

  @DecimalText({ example: '50', description: "Share (%) of the parent's target this unit takes; absent = the whole target" }, decimalMessage, { optional: true })
  share?: string;
}

export class KpiDto {
  @CodeRef({ example: 'SS-01' })
  objectiveCode!: string;

  @Text(1, 300, { example: 'Indeks Kepuasan Masyarakat (IKM)' })
  name!: string;

  @Text(0, 40, { example: 'indeks', description: '%, Rp, hari, jam, indeks, dokumen, opini...' })
  unitOfMeasure!: string;

  @Text(0, 2000, { example: 'Rata-rata tertimbang unsur pelayanan (PermenPANRB 14/2017)', description: 'Definition or formula' }, { optional: true })
  definition?: string;

  @Text(1, 300, { example: 'Survei IKM DPMPTSP' }, { optional: true })
  dataSource?: string;

  @Text(1, 80, { example: 'dpmptsp', description: 'Unit that reports the realization; optional in a draft, required on every KPI before approval (422 KPI_OWNER_REQUIRED)' }, { optional: true })
  ownerUnitId?: string;

  @OneOf(FREQUENCIES)
  frequency!: Frequency;

  @OneOf(KPI_LEVELS, { description: 'result (outcome, lagging) or process (leading)' })
  level!: KpiLevel;

  @OneOf(POLARITIES)
  polarity!: Polarity;

  @OneOf(VALUE_TYPES)
  valueType!: ValueType;

  @TextList(20, 40, { example: ['WTP', 'WDP', 'TW', 'TMP'], description: 'categorical only: grades, best first' })
  grades?: string[];

  @OneOf(AGGREGATIONS, { description: "How sub-period values make the year's figure" })
  aggregation!: Aggregation;

  @DecimalText(
    {
      example: '50',
      description:
        'Bobot / relative weight (decimal > 0; only ratios count, weights need not sum to 100). It is compared with the weights of the KPIs it is averaged with, per the tenant’s scoring policy rollup.perspectiveMode: ' +
        '`objectives` (default): the other KPIs of the same objective (objective score = sum(weight x achievement) / sum(weight); the objectives’ weights then weigh the objectives); ' +
        '`kpis`: all the KPIs of the same perspective, whatever their objective (objective weights are not used)',
    },
    decimalMessage,
  )
  weight!: string;

  @ApiPropertyOptional({ example: '78.2', type: String, description: "Baseline, in the KPI's value type" })
  @IsOptional()
  @Transform(toDecimalString)
  @IsString({ message: "baseline must be a value in the KPI's value type" })
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

  @ApiPropertyOptional({ type: CascadeDto, description: "Direct cascading from a parent unit's KPI" })
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
