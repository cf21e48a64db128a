import { ApiProperty } from '@nestjs/swagger';
import { FREQUENCIES, POLARITIES, type Frequency, type PeriodCode, type Polarity } from '@capaian/contracts';
import {
  AGGREGATIONS,
  INITIATIVE_LEVELS,
  KPI_LEVELS,
  SCORECARD_STATUSES,
  VALUE_TYPES,
  type Aggregation,
  type InitiativeLevel,
  type KpiLevel,
  type KpiTarget,
  type ScorecardStatus,
  type ValueType,
} from '@capaian/planning-domain';
import { ScheduleDto } from '../define-initiative/define-initiative.dto.js';
import { AS_OF, CASCADE_SCHEMA, PERIOD_TARGETS_SCHEMA, THRESHOLDS_SCHEMA, nullableTarget, property } from '../response-support.js';
import { LinkDto } from '../strategy-map/strategy-map.dto.js';

export class ScorecardHeaderResponse {
  @ApiProperty({ example: 'dpmptsp-2026' }) scorecardId!: string;
  @ApiProperty({ example: 'kab-contoh' }) tenantId!: string;
  @ApiProperty({ example: 'dpmptsp' }) unitId!: string;
  @ApiProperty({ type: 'integer', example: 2026 }) year!: number;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'null for the unit\'s main scorecard; a slug such as "spbe" for a thematic one' }) theme!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'Empty string when not set' }) vision!: string;
  @ApiProperty({ type: [String] }) missions!: string[];
  @ApiProperty({ type: [String] }) goals!: string[];
}

export class PerspectiveResponse {
  @ApiProperty({ example: 'dpmptsp-2026.mas', description: 'Global id <scorecardId>.<code slug>' }) perspectiveId!: string;
  @ApiProperty({ example: 'MAS' }) code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'integer', example: 1 }) order!: number;
  @ApiProperty({ example: '40', description: 'Bobot (percent, decimal)' }) weight!: string;
}

export class ObjectiveResponse {
  @ApiProperty({ example: 'dpmptsp-2026.ss-01' }) objectiveId!: string;
  @ApiProperty({ example: 'SS-01' }) code!: string;
  @ApiProperty({ example: 'MAS' }) perspectiveCode!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true, example: '60', description: 'Weight within the perspective (decimal); null = equal weights' }) weight!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'pemda-2026.ss-03', description: "Global id of the parent unit's objective this one contributes to" }) contributesTo!: string | null;
}

export class KpiResponse {
  @ApiProperty({ example: 'dpmptsp-2026.iku-01' }) kpiId!: string;
  @ApiProperty({ example: 'IKU-01' }) code!: string;
  @ApiProperty({ example: 'SS-01' }) objectiveCode!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'indeks' }) unitOfMeasure!: string;
  @ApiProperty({ description: 'Definition or formula; empty string when not set' }) definition!: string;
  @ApiProperty({ type: String, nullable: true }) dataSource!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'dpmptsp-pelayanan' }) ownerUnitId!: string | null;
  @ApiProperty({ enum: FREQUENCIES }) frequency!: Frequency;
  @ApiProperty({ enum: KPI_LEVELS }) level!: KpiLevel;
  @ApiProperty({ enum: POLARITIES }) polarity!: Polarity;
  @ApiProperty({ enum: VALUE_TYPES }) valueType!: ValueType;
  @ApiProperty({ type: [String], nullable: true, example: null, description: 'categorical only: grades, best first' }) grades!: string[] | null;
  @ApiProperty({ enum: AGGREGATIONS }) aggregation!: Aggregation;
  @ApiProperty({
    example: '60',
    description: 'Relative weight (decimal), compared with the KPIs it is averaged with: those of its objective (rollup.perspectiveMode `objectives`) or of its perspective (`kpis`)',
  })
  weight!: string;
  @ApiProperty({ type: String, nullable: true, example: '83.40' }) baseline!: string | null;
  @ApiProperty(property(nullableTarget())) yearlyTarget!: KpiTarget | null;
  @ApiProperty(property(PERIOD_TARGETS_SCHEMA)) periodTargets!: Partial<Record<PeriodCode, KpiTarget>>;
  @ApiProperty(property(nullableTarget('Target at the end of the five-year plan (Renstra/RPJMD): {"value": ...}, {"min": ..., "max": ...} or null'))) endOfTermTarget!: KpiTarget | null;
  @ApiProperty(property(THRESHOLDS_SCHEMA)) thresholds!: { green: string; yellow: string } | null;
  @ApiProperty(property(CASCADE_SCHEMA)) cascadedFrom!: { kpiId: string; share: string | null } | null;
}

export class InitiativeResponse {
  @ApiProperty({ example: 'pemda-2026.keg-01' }) initiativeId!: string;
  @ApiProperty({ example: 'KEG-01' }) code!: string;
  @ApiProperty({ enum: INITIATIVE_LEVELS }) level!: InitiativeLevel;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true, example: 'PRG-01', description: 'null for a program' }) parentCode!: string | null;
  @ApiProperty({ type: [String], example: ['SS-09'] }) objectiveCodes!: string[];
  @ApiProperty({ example: '3200000000', description: 'Pagu anggaran (Rupiah, decimal)' }) budgetCeiling!: string;
  @ApiProperty({ example: 'dpmptsp' }) ownerUnitId!: string;
  @ApiProperty({ type: ScheduleDto }) schedule!: ScheduleDto;
}

/** The plan's content: what an approval freezes, and the body of a scorecard read. */
export class ScorecardSnapshotResponse {
  @ApiProperty({ type: ScorecardHeaderResponse }) header!: ScorecardHeaderResponse;
  @ApiProperty({ type: 'integer', example: 1, description: 'Number of the last approved version (0 before the first approval)' }) version!: number;
  @ApiProperty({ type: [PerspectiveResponse], description: 'By order' }) perspectives!: PerspectiveResponse[];
  @ApiProperty({ type: [ObjectiveResponse], description: 'By code' }) objectives!: ObjectiveResponse[];
  @ApiProperty({ type: [LinkDto], description: 'Strategy map: cause -> effect' }) links!: LinkDto[];
  @ApiProperty({ type: [KpiResponse], description: 'By code' }) kpis!: KpiResponse[];
  @ApiProperty({ type: [InitiativeResponse], description: 'By code' }) initiatives!: InitiativeResponse[];
}

export class ApprovalResponse {
  @ApiProperty({ type: 'integer', example: 1 }) version!: number;
  @ApiProperty() signedBy!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Reason of the revision this approval closed; null for the first' }) reason!: string | null;
}

/** A scorecard as it stands (or stood at ?asOf). */
export class ScorecardResponse extends ScorecardSnapshotResponse {
  @ApiProperty({ example: 'dpmptsp-2026' }) scorecardId!: string;
  @ApiProperty({ enum: SCORECARD_STATUSES }) status!: ScorecardStatus;
  @ApiProperty({ type: String, nullable: true, description: 'Reason of the open revision' }) revisionReason!: string | null;
  @ApiProperty({ type: 'integer', example: 25, description: 'Stream revision (the ETag)' }) revision!: number;
  @ApiProperty(AS_OF) asOf!: string | null;
  @ApiProperty({ type: [ApprovalResponse] }) approvals!: ApprovalResponse[];
}

/** A KPI read by its global id, with the state of its scorecard. */
export class KpiReadResponse {
  @ApiProperty({ type: KpiResponse }) kpi!: KpiResponse;
  @ApiProperty({ example: 'dpmptsp-2026' }) scorecardId!: string;
  @ApiProperty({ enum: SCORECARD_STATUSES }) status!: ScorecardStatus;
  @ApiProperty({ type: 'integer', example: 1 }) version!: number;
  @ApiProperty({ type: 'integer', example: 25, description: 'Scorecard stream revision (the ETag)' }) revision!: number;
}

/** One line of the scorecard list. */
export class ScorecardSummaryResponse {
  @ApiProperty({ example: 'dpmptsp-2026' }) scorecardId!: string;
  @ApiProperty({ example: 'dpmptsp' }) unitId!: string;
  @ApiProperty({ type: 'integer', example: 2026 }) year!: number;
  @ApiProperty({ type: String, nullable: true, example: null }) theme!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: SCORECARD_STATUSES }) status!: ScorecardStatus;
  @ApiProperty({ type: 'integer', example: 1 }) version!: number;
  @ApiProperty({ type: 'integer', description: 'Number of perspectives' }) perspectives!: number;
  @ApiProperty({ type: 'integer', description: 'Number of objectives' }) objectives!: number;
  @ApiProperty({ type: 'integer', description: 'Number of KPIs' }) kpis!: number;
}
