import { ApiProperty } from '@nestjs/swagger';
import { DECIMAL, nullableRef, StreamWrittenResponse } from '@capaian/platform';
import { LkeWorksheetResponse } from './lke-worksheet.schema.js';
import { LkeEvidenceLinkResponse, LkeScoreResponse, LkeSuggestionResponse, LkeWorksheetRefResponse, SakipAnswerResponse } from './sakip.response.js';

/** What each SAKIP write records: the data of the one event it writes (null when nothing was written). */

export class SakipStartedData {
  @ApiProperty({ example: 'kab-contoh' }) tenantId!: string;
  @ApiProperty({ example: 'dpmptsp' }) unitId!: string;
  @ApiProperty({ type: 'integer', example: 2026 }) year!: number;
  @ApiProperty({ type: LkeWorksheetResponse, description: 'The worksheet the evaluation keeps for its life' }) worksheet!: LkeWorksheetResponse;
  @ApiProperty() evaluatorId!: string;
  @ApiProperty({ type: [LkeSuggestionResponse] }) prefill!: LkeSuggestionResponse[];
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
}

abstract class SakipAnswerData {
  @ApiProperty({ example: '1.a.1' }) criterionCode!: string;
  @ApiProperty({ example: 'Y' }) answer!: string;
  @ApiProperty({ ...DECIMAL, example: '1', description: 'The scale’s value of the answer, in [0, 1]' }) value!: string;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: [LkeEvidenceLinkResponse] }) evidence!: LkeEvidenceLinkResponse[];
}

export class SakipAnsweredData extends SakipAnswerData {
  @ApiProperty({ type: String, nullable: true, description: 'The suggestion for this criterion at the time; null = none' }) suggestedAnswer!: string | null;
  @ApiProperty() answeredBy!: string;
  @ApiProperty({ format: 'date-time' }) answeredAt!: string;
}

export class SakipRevisedData extends SakipAnswerData {
  @ApiProperty() reason!: string;
  @ApiProperty() revisedBy!: string;
  @ApiProperty({ format: 'date-time' }) revisedAt!: string;
  @ApiProperty({ type: SakipAnswerResponse, description: 'The answer it replaces, whole' }) previous!: SakipAnswerResponse;
}

export class SakipFinalizedData {
  @ApiProperty({ example: 'kab-contoh' }) tenantId!: string;
  @ApiProperty({ example: 'dpmptsp' }) unitId!: string;
  @ApiProperty({ type: 'integer', example: 2026 }) year!: number;
  @ApiProperty({ type: LkeWorksheetRefResponse }) worksheet!: LkeWorksheetRefResponse;
  @ApiProperty({ type: 'integer', description: '1 for the first finalization, 2 after one reopening...' }) round!: number;
  @ApiProperty({ ...DECIMAL, example: '72.5' }) total!: string;
  @ApiProperty({ example: 'BB' }) grade!: string;
  @ApiProperty({ type: LkeScoreResponse }) score!: LkeScoreResponse;
  @ApiProperty() finalizedBy!: string;
  @ApiProperty({ format: 'date-time' }) finalizedAt!: string;
}

export class SakipReopenedData {
  @ApiProperty({ type: 'integer' }) round!: number;
  @ApiProperty({ ...DECIMAL, example: '72.5' }) previousTotal!: string;
  @ApiProperty({ example: 'BB' }) previousGrade!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() reopenedBy!: string;
  @ApiProperty({ format: 'date-time' }) reopenedAt!: string;
}

export class SakipStartedResponse extends StreamWrittenResponse {
  @ApiProperty(nullableRef(SakipStartedData)) data!: SakipStartedData | null;
}

export class SakipAnsweredResponse extends StreamWrittenResponse {
  @ApiProperty(nullableRef(SakipAnsweredData, { description: 'null when the answer is unchanged (nothing written)' })) data!: SakipAnsweredData | null;
}

export class SakipRevisedResponse extends StreamWrittenResponse {
  @ApiProperty(nullableRef(SakipRevisedData)) data!: SakipRevisedData | null;
}

export class SakipFinalizedResponse extends StreamWrittenResponse {
  @ApiProperty(nullableRef(SakipFinalizedData)) data!: SakipFinalizedData | null;
}

export class SakipReopenedResponse extends StreamWrittenResponse {
  @ApiProperty(nullableRef(SakipReopenedData)) data!: SakipReopenedData | null;
}

export const SAKIP_WRITTEN_MODELS = [SakipStartedData, SakipAnsweredData, SakipRevisedData, SakipFinalizedData, SakipReopenedData];
