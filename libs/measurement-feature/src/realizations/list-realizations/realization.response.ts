import { ApiExtraModels, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PERIOD_CODES, VALUE_TYPES_V1 } from '@capaian/contracts';
import { REALIZATION_EVENT_TYPES } from '@capaian/measurement-domain';
import { nullableRef } from '@capaian/platform';
import type { RealizationEntry } from '../index/realization-index.js';

const STATUSES = ['submitted', 'verified', 'rejected'];

export class EvidenceLinkResponse {
  @ApiProperty({ example: 'https://drive.pemda.go.id/bukti/ikm-tw1.pdf' }) url!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Laporan survei IKM TW I' }) label!: string | null;
}

/** The current value and status of one realization (KPI, year, period). */
export class RealizationEntryResponse implements RealizationEntry {
  @ApiProperty({ example: 'kab-contoh' }) tenantId!: string;
  @ApiProperty({ example: 'dpmptsp-2026.iku-01' }) kpiId!: string;
  @ApiProperty({ example: 'dpmptsp-pelayanan', description: 'The unit that reported the value' }) unitId!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ enum: PERIOD_CODES, example: 'Q1' }) period!: string;
  @ApiProperty({ example: '84.60', description: "In the KPI's value type: a decimal string, a grade or a date" }) value!: string;
  @ApiProperty({ enum: VALUE_TYPES_V1, example: 'number' }) valueType!: string;
  @ApiProperty({ example: 1, description: '1 for the first value, +1 per correction' }) valueRevision!: number;
  @ApiProperty({ enum: STATUSES }) status!: 'submitted' | 'verified' | 'rejected';
  @ApiProperty({ description: 'Submitted after the reporting deadline' }) late!: boolean;
  @ApiProperty({ description: 'Submitted while the period was locked' }) afterLock!: boolean;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: [EvidenceLinkResponse] }) evidence!: EvidenceLinkResponse[];
  @ApiProperty({ example: '2026-04-08T03:15:00.000Z', description: 'ISO instant of the submission' }) submittedAt!: string;
  @ApiProperty({ description: 'Stream revision (the ETag of this realization)' }) revision!: number;
  @ApiProperty({ description: 'Global position in measurement’s store' }) position!: number;
}

/**
 * The data of one realization event. Every event carries the key and the value; the other fields
 * belong to some event types only (recorded/corrected: the submission; corrected: the correction;
 * verified/rejected: the review).
 */
export class RealizationEventDataResponse {
  @ApiProperty() realizationId!: string;
  @ApiProperty({ example: 'kab-contoh' }) tenantId!: string;
  @ApiProperty({ example: 'dpmptsp-2026.iku-01' }) kpiId!: string;
  @ApiProperty({ example: 'dpmptsp-pelayanan' }) unitId!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ enum: PERIOD_CODES, example: 'Q1' }) period!: string;
  @ApiProperty({ example: '84.60' }) value!: string;
  @ApiPropertyOptional({ enum: VALUE_TYPES_V1, description: 'recorded (v2), corrected' }) valueType?: string;
  @ApiPropertyOptional({ description: 'recorded (v2), corrected' }) valueRevision?: number;
  @ApiPropertyOptional({ type: [EvidenceLinkResponse], description: 'recorded (v2), corrected' }) evidence?: EvidenceLinkResponse[];
  @ApiPropertyOptional({ type: String, nullable: true, description: 'recorded, corrected' }) note?: string | null;
  @ApiPropertyOptional({ description: 'recorded (v2), corrected: ISO instant' }) submittedAt?: string;
  @ApiPropertyOptional({ description: 'recorded (v2), corrected: ISO instant after which the value is late' }) deadline?: string;
  @ApiPropertyOptional({ description: 'recorded (v2), corrected' }) reportingPolicyId?: string;
  @ApiPropertyOptional({ description: 'recorded (v2), corrected' }) late?: boolean;
  @ApiPropertyOptional({ description: 'recorded (v2), corrected' }) afterLock?: boolean;
  @ApiPropertyOptional({ description: 'corrected' }) correctionId?: string;
  @ApiPropertyOptional({ description: 'corrected, rejected' }) reason?: string;
  @ApiPropertyOptional({ description: 'corrected: the value revision superseded' }) supersedesRevision?: number;
  @ApiPropertyOptional({ description: 'corrected' }) previousValue?: string;
  @ApiPropertyOptional({ enum: STATUSES, description: 'corrected' }) previousStatus?: string;
  @ApiPropertyOptional({ description: 'verified' }) verifiedValueRevision?: number;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'verified' }) evaluatorNote?: string | null;
  @ApiPropertyOptional({ description: 'rejected' }) rejectedValueRevision?: number;
}

export class RealizationHistoryEntryResponse {
  @ApiProperty({ description: 'Stream revision of the event' }) revision!: number;
  @ApiProperty() position!: number;
  @ApiProperty({ enum: Object.values(REALIZATION_EVENT_TYPES), example: 'realization-recorded' }) type!: string;
  @ApiProperty({ example: '2026-04-08T03:15:00.000Z' }) recordedAt!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Who wrote it (the token subject)' }) actor!: string | null;
  @ApiProperty({ type: RealizationEventDataResponse }) data!: RealizationEventDataResponse;
}

@ApiExtraModels(RealizationEntryResponse)
export class RealizationHistoryResponse {
  @ApiProperty(nullableRef(RealizationEntryResponse, { description: 'The current value and status' })) current!: RealizationEntryResponse | null;
  @ApiProperty({ type: [RealizationHistoryEntryResponse], description: 'Every event, oldest first' }) history!: RealizationHistoryEntryResponse[];
}
