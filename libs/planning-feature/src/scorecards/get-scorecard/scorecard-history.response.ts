import { ApiProperty, getSchemaPath, type SchemaObject } from '@nestjs/swagger';
import { SCORECARD_EVENT_TYPES as T } from '@capaian/planning-domain';
import { INTEGER, NULLABLE_STRING, STRING, eventHistorySchema, shape } from '../../event-history.response.js';
import { LinkDto } from '../strategy-map/strategy-map.dto.js';
import { InitiativeResponse, KpiResponse, ObjectiveResponse, PerspectiveResponse, ScorecardHeaderResponse, ScorecardSnapshotResponse } from './scorecard.response.js';

export class ApprovedUnitResponse {
  @ApiProperty({ example: 'dpmptsp' }) unitId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'opd' }) kind!: string;
  @ApiProperty({ type: String, nullable: true, example: 'pemda' }) parentId!: string | null;
}

/** A version of the Perjanjian Kinerja exactly as approved. */
export class ApprovedVersionResponse {
  @ApiProperty({ type: 'integer', example: 1 }) version!: number;
  @ApiProperty() signedBy!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Reason of the revision this approval closed; null for the first' }) reason!: string | null;
  @ApiProperty({ type: ApprovedUnitResponse, description: 'The owner unit as it stood at approval' }) unit!: ApprovedUnitResponse;
  @ApiProperty({ type: ScorecardSnapshotResponse }) snapshot!: ScorecardSnapshotResponse;
  @ApiProperty({ format: 'date-time' }) approvedAt!: string;
  @ApiProperty({ type: String, nullable: true }) approvedBy!: string | null;
  @ApiProperty({ type: 'integer', description: 'Global position of the approval event' }) position!: number;
}

const ref = (model: { name: string }): SchemaObject => ({ $ref: getSchemaPath(model.name) }) as SchemaObject;
const code = shape({ code: STRING });

/** `GET /scorecards/{id}/history`: each change with what, who and when (an approval shows only its version and reason). */
export const SCORECARD_HISTORY_SCHEMA = eventHistorySchema(
  { revision: INTEGER, position: INTEGER, recordedAt: { type: 'string', format: 'date-time' }, actor: NULLABLE_STRING },
  new Map<string, SchemaObject>([
    [T.created, shape({ header: ref(ScorecardHeaderResponse) })],
    [T.profileUpdated, shape({ profile: shape({ title: STRING, vision: STRING, missions: { type: 'array', items: STRING }, goals: { type: 'array', items: STRING } }) })],
    [T.perspectiveDefined, shape({ perspective: ref(PerspectiveResponse) })],
    [T.perspectiveRemoved, code],
    [T.objectiveDefined, shape({ objective: ref(ObjectiveResponse) })],
    [T.objectiveRemoved, code],
    [T.objectivesLinked, ref(LinkDto)],
    [T.objectivesUnlinked, ref(LinkDto)],
    [T.kpiDefined, shape({ kpi: ref(KpiResponse) })],
    [T.kpiRemoved, shape({ code: STRING, kpiId: STRING })],
    [T.initiativeDefined, shape({ initiative: ref(InitiativeResponse) })],
    [T.initiativeRemoved, code],
    [T.approved, shape({ version: INTEGER, reason: NULLABLE_STRING })],
    [T.revisionOpened, shape({ scorecardId: STRING, unitId: STRING, year: INTEGER, fromVersion: INTEGER, reason: STRING })],
  ]),
  'Oldest first; `data` depends on `type`',
);
