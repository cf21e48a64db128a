import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, Matches, ValidateNested } from 'class-validator';
import type { ScorecardDocument } from '@capaian/planning-domain';
import { CreateScorecardDto, profileOf } from '../create-scorecard/create-scorecard.dto.js';
import { InitiativeDto, initiativeSpecOf } from '../define-initiative/define-initiative.dto.js';
import { KpiDto, kpiSpecOf } from '../define-kpi/define-kpi.dto.js';
import { ObjectiveDto } from '../define-objective/define-objective.dto.js';
import { PerspectiveDto } from '../define-perspective/define-perspective.dto.js';
import { CODE_MESSAGE, CODE_PATTERN } from '../dto-support.js';
import { LinkDto } from '../strategy-map/strategy-map.dto.js';

// The item DTOs of the single-item endpoints, plus their code (which those take from the URL).
export class PerspectiveItemDto extends PerspectiveDto {
  @ApiProperty() @IsString() @Matches(CODE_PATTERN, { message: `code: ${CODE_MESSAGE}` }) code!: string;
}
export class ObjectiveItemDto extends ObjectiveDto {
  @ApiProperty() @IsString() @Matches(CODE_PATTERN, { message: `code: ${CODE_MESSAGE}` }) code!: string;
}
export class KpiItemDto extends KpiDto {
  @ApiProperty() @IsString() @Matches(CODE_PATTERN, { message: `code: ${CODE_MESSAGE}` }) code!: string;
}
export class InitiativeItemDto extends InitiativeDto {
  @ApiProperty() @IsString() @Matches(CODE_PATTERN, { message: `code: ${CODE_MESSAGE}` }) code!: string;
}

/** A whole scorecard as JSON: the same content as the spreadsheet template. */
export class ScorecardDocumentDto extends CreateScorecardDto {
  @ApiProperty({ type: [PerspectiveItemDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PerspectiveItemDto)
  perspectives!: PerspectiveItemDto[];

  @ApiProperty({ type: [ObjectiveItemDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ObjectiveItemDto)
  objectives!: ObjectiveItemDto[];

  @ApiProperty({ type: [LinkDto] })
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => LinkDto)
  links!: LinkDto[];

  @ApiProperty({ type: [KpiItemDto] })
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => KpiItemDto)
  kpis!: KpiItemDto[];

  @ApiProperty({ type: [InitiativeItemDto] })
  @IsArray()
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => InitiativeItemDto)
  initiatives!: InitiativeItemDto[];
}

export function documentOfDto(dto: ScorecardDocumentDto): ScorecardDocument {
  return {
    unitId: dto.unitId,
    year: dto.year,
    theme: dto.theme ?? null,
    ...profileOf(dto),
    perspectives: dto.perspectives.map((p) => ({ code: p.code, name: p.name, order: p.order, weight: p.weight })),
    objectives: dto.objectives.map((o) => ({ code: o.code, perspectiveCode: o.perspectiveCode, name: o.name, weight: o.weight ?? null, contributesTo: o.contributesTo ?? null })),
    links: dto.links.map((l) => ({ from: l.from, to: l.to })),
    kpis: dto.kpis.map((k) => kpiSpecOf(k.code, k)),
    initiatives: dto.initiatives.map((i) => initiativeSpecOf(i.code, i)),
  };
}
