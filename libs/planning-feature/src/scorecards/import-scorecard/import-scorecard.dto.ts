import type { ScorecardDocument } from '@capaian/planning-domain';
import { NestedList } from '@capaian/platform';
import { CreateScorecardDto, profileOf } from '../create-scorecard/create-scorecard.dto.js';
import { InitiativeDto, initiativeSpecOf } from '../define-initiative/define-initiative.dto.js';
import { KpiDto, kpiSpecOf } from '../define-kpi/define-kpi.dto.js';
import { ObjectiveDto } from '../define-objective/define-objective.dto.js';
import { PerspectiveDto } from '../define-perspective/define-perspective.dto.js';
import { CodeRef } from '../dto-support.js';
import { LinkDto } from '../strategy-map/strategy-map.dto.js';

// The item DTOs of the single-item endpoints, plus their code (which those take from the URL).
export class PerspectiveItemDto extends PerspectiveDto {
  @CodeRef() code!: string;
}
export class ObjectiveItemDto extends ObjectiveDto {
  @CodeRef() code!: string;
}
export class KpiItemDto extends KpiDto {
  @CodeRef() code!: string;
}
export class InitiativeItemDto extends InitiativeDto {
  @CodeRef() code!: string;
}

/** A whole scorecard as JSON: the same content as the spreadsheet template. */
export class ScorecardDocumentDto extends CreateScorecardDto {
  @NestedList(PerspectiveItemDto, 20)
  perspectives!: PerspectiveItemDto[];

  @NestedList(ObjectiveItemDto, 200)
  objectives!: ObjectiveItemDto[];

  @NestedList(LinkDto, 1000)
  links!: LinkDto[];

  @NestedList(KpiItemDto, 1000)
  kpis!: KpiItemDto[];

  @NestedList(InitiativeItemDto, 2000)
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
