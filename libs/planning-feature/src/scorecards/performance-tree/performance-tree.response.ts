import { ApiProperty } from '@nestjs/swagger';
import { GAP_TYPES, KPI_LEVELS, SCORECARD_STATUSES, UNIT_KINDS, type GapType, type KpiTarget, type ScorecardStatus } from '@capaian/planning-domain';
import { AS_OF, CASCADE_SCHEMA, nullableTarget, property } from '../response-support.js';

export class TreeKpiResponse {
  @ApiProperty({ example: 'dpmptsp-2026.iku-03' }) kpiId!: string;
  @ApiProperty({ example: 'IKU-03' }) code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: KPI_LEVELS }) level!: string;
  @ApiProperty({ type: String, nullable: true }) ownerUnitId!: string | null;
  @ApiProperty(property(nullableTarget())) yearlyTarget!: KpiTarget | null;
  @ApiProperty(property(CASCADE_SCHEMA)) cascadedFrom!: { kpiId: string; share: string | null } | null;
}

export class TreeObjectiveResponse {
  @ApiProperty({ example: 'dpmptsp-2026.ss-01' }) objectiveId!: string;
  @ApiProperty({ example: 'SS-01' }) code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'MAS' }) perspectiveCode!: string;
  @ApiProperty({ type: String, nullable: true, example: 'pemda-2026.ss-03' }) contributesTo!: string | null;
  @ApiProperty({ type: [TreeKpiResponse] }) kpis!: TreeKpiResponse[];
}

export class TreeScorecardResponse {
  @ApiProperty({ example: 'dpmptsp-2026' }) scorecardId!: string;
  @ApiProperty({ type: String, nullable: true, example: null }) theme!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: SCORECARD_STATUSES }) status!: ScorecardStatus;
  @ApiProperty({ type: 'integer', example: 1 }) version!: number;
  @ApiProperty({ type: [TreeObjectiveResponse] }) objectives!: TreeObjectiveResponse[];
}

export class PerformanceTreeNodeResponse {
  @ApiProperty({ example: 'dpmptsp' }) unitId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: UNIT_KINDS }) kind!: string;
  @ApiProperty({ type: [TreeScorecardResponse], description: "The unit's scorecards of the year (main one first)" }) scorecards!: TreeScorecardResponse[];
  @ApiProperty({ type: () => [PerformanceTreeNodeResponse], description: 'Active sub-units that have a scorecard somewhere below' }) children!: PerformanceTreeNodeResponse[];
}

export class AlignmentGapResponse {
  @ApiProperty({ enum: GAP_TYPES }) type!: GapType;
  @ApiProperty() unitId!: string;
  @ApiProperty() scorecardId!: string;
  @ApiProperty({ description: 'Global id of the objective or KPI' }) itemId!: string;
  @ApiProperty() message!: string;
}

export class PerformanceTreeResponse {
  @ApiProperty({ example: 'pemda' }) unitId!: string;
  @ApiProperty(AS_OF) asOf!: string | null;
  @ApiProperty({ type: 'integer', example: 2026 }) year!: number;
  @ApiProperty({ type: PerformanceTreeNodeResponse }) root!: PerformanceTreeNodeResponse;
  @ApiProperty({ type: [AlignmentGapResponse] }) gaps!: AlignmentGapResponse[];
}
