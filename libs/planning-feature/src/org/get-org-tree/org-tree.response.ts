import { ApiProperty, ApiPropertyOptional, type SchemaObject } from '@nestjs/swagger';
import { ORG_EVENT_TYPES as T, UNIT_KINDS, type UnitKind } from '@capaian/planning-domain';
import { INTEGER, NULLABLE_STRING, STRING, eventHistorySchema, shape } from '../../event-history.response.js';

const UNIT_STATUSES = ['active', 'closed', 'merged'] as const;

export class OrgTreeNodeResponse {
  @ApiProperty({ example: 'dpmptsp' }) unitId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: UNIT_KINDS }) kind!: UnitKind;
  @ApiProperty({ type: String, nullable: true, example: 'pemda', description: 'null for the Pemda root' }) parentId!: string | null;
  @ApiProperty({ enum: UNIT_STATUSES }) status!: (typeof UNIT_STATUSES)[number];
  @ApiPropertyOptional({ description: 'Only on a merged unit: the unit that absorbed it' }) mergedInto?: string;
  @ApiProperty({ type: () => [OrgTreeNodeResponse], description: 'By unit id' }) children!: OrgTreeNodeResponse[];
}

export class OrgTreeResponse {
  @ApiProperty({ example: 'kab-contoh' }) tenantId!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null, description: 'The ?asOf instant; null = now' }) asOf!: string | null;
  @ApiProperty({ type: 'integer', description: 'Revision of the organization stream (the ETag); -1 when empty' }) revision!: number;
  @ApiProperty({ type: [OrgTreeNodeResponse], description: 'Units without a (visible) parent: normally the Pemda alone' }) roots!: OrgTreeNodeResponse[];
}

const reason = NULLABLE_STRING;

/** `GET /org/units/{unitId}/history`: the events that concern the unit, oldest first. */
export const UNIT_HISTORY_SCHEMA: SchemaObject = eventHistorySchema(
  { revision: INTEGER, recordedAt: { type: 'string', format: 'date-time' }, actor: NULLABLE_STRING },
  new Map<string, SchemaObject>([
    [T.registered, shape({ unitId: STRING, name: STRING, kind: { type: 'string', enum: [...UNIT_KINDS] }, parentId: NULLABLE_STRING })],
    [T.renamed, shape({ unitId: STRING, oldName: STRING, name: STRING, reason })],
    [T.moved, shape({ unitId: STRING, oldParentId: NULLABLE_STRING, newParentId: STRING, reason })],
    [T.merged, shape({ sourceUnitId: STRING, targetUnitId: STRING, movedChildIds: { type: 'array', items: STRING }, reason: STRING })],
    [T.closed, shape({ unitId: STRING, reason: STRING })],
  ]),
  'Oldest first; `data` depends on `type`',
);
