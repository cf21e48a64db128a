import { ApiProperty } from '@nestjs/swagger';
import { PERIOD_CODES } from '@capaian/contracts';
import { NULLABLE_DECIMAL, nullableRef } from '@capaian/platform';
import { ChainHeadResponse } from '../scores/publish-scores/publish-scores.response.js';
import { DISPLAY_VALUE, PolicyRefResponse, PositionRangeResponse, RatingBandResponse } from '../scores/score.responses.js';

const DISPLAY = { type: String, nullable: true, example: '87.50', description: DISPLAY_VALUE } as const;

/** One published scorecard's score, with its plan's names as they stood when the scores were published. */
export class PublicUnitScoreResponse {
  @ApiProperty({ example: 'dpmptsp' }) unitId!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu' }) unitName!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'opd', description: 'pemda | opd | bidang | seksi | asn_position' }) unitKind!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'pemda' }) parentUnitId!: string | null;
  @ApiProperty({ example: 'dpmptsp-2026' }) scorecardId!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Kartu Kinerja DPMPTSP 2026' }) title!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "null for the unit's main scorecard" }) theme!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Version of the plan (Perjanjian Kinerja) the score was computed on' }) planVersion!: number | null;
  @ApiProperty({ ...NULLABLE_DECIMAL, description: 'The published score (exact)' }) score!: string | null;
  @ApiProperty(DISPLAY) scoreDisplay!: string | null;
  @ApiProperty(nullableRef(RatingBandResponse, { description: 'The published band, with its label and bounds in the published policy version' })) band!: RatingBandResponse | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Main scorecards of period Y only; null otherwise' }) rank!: number | null;
}

/** A publication of a period's official scores, exactly as the scores-published event holds it. */
export class PublicPublicationResponse {
  @ApiProperty({ example: 'kab-contoh' }) tenantId!: string;
  @ApiProperty({ type: 'integer', example: 2026 }) year!: number;
  @ApiProperty({ enum: PERIOD_CODES, example: 'Q2' }) period!: string;
  @ApiProperty({ format: 'date-time', description: 'When the scores were published (the event was stored)' }) publishedAt!: string;
  @ApiProperty({ type: 'integer', description: 'Position of the scores-published event in the store' }) position!: number;
  @ApiProperty({ type: 'integer', description: '1 for the first publication of the period, 2 for a later one (the latest is shown)' }) edition!: number;
  @ApiProperty({ type: PolicyRefResponse }) policy!: PolicyRefResponse;
  @ApiProperty({ type: PositionRangeResponse, description: 'Store positions of the inputs the scores were computed from' }) positions!: PositionRangeResponse;
  @ApiProperty({ type: 'integer', description: 'The store position the snapshot was computed at (the last input event its chain heads name)' }) inputsUpTo!: number;
  @ApiProperty({ type: [RatingBandResponse], description: 'The bands of the published policy version, lowest first' }) bands!: RatingBandResponse[];
  @ApiProperty({ type: [PublicUnitScoreResponse] }) units!: PublicUnitScoreResponse[];
  @ApiProperty({ type: [ChainHeadResponse], description: 'Head of each input stream the scores were computed from (revision and hash)' }) chainHeads!: ChainHeadResponse[];
}

export class PublicPublicationsResponse {
  @ApiProperty({ example: 'kab-contoh' }) tenantId!: string;
  @ApiProperty({ type: [PublicPublicationResponse], description: 'The latest publication of every published year and period, in year and period order (empty when nothing was published)' })
  publications!: PublicPublicationResponse[];
}

export class PublicMapPerspectiveResponse {
  @ApiProperty() perspectiveId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'integer' }) order!: number;
  @ApiProperty({ example: '25' }) weight!: string;
  @ApiProperty(NULLABLE_DECIMAL) score!: string | null;
  @ApiProperty(DISPLAY) scoreDisplay!: string | null;
  @ApiProperty(nullableRef(RatingBandResponse)) band!: RatingBandResponse | null;
}

export class PublicMapObjectiveResponse {
  @ApiProperty() objectiveId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() perspectiveId!: string;
  @ApiProperty(NULLABLE_DECIMAL) score!: string | null;
  @ApiProperty(DISPLAY) scoreDisplay!: string | null;
  @ApiProperty(nullableRef(RatingBandResponse)) band!: RatingBandResponse | null;
}

export class PublicMapLinkResponse {
  @ApiProperty({ description: 'Cause objective id' }) fromObjectiveId!: string;
  @ApiProperty({ description: 'Effect objective id' }) toObjectiveId!: string;
}

/** The strategy map of a published scorecard: the plan and the objective scores as they stood when the period was published. */
export class PublicStrategyMapResponse {
  @ApiProperty({ example: 'kab-contoh' }) tenantId!: string;
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ enum: PERIOD_CODES }) period!: string;
  @ApiProperty({ format: 'date-time' }) publishedAt!: string;
  @ApiProperty({ type: 'integer', description: 'Position of the scores-published event' }) position!: number;
  @ApiProperty({ type: PolicyRefResponse }) policy!: PolicyRefResponse;
  @ApiProperty({ type: PositionRangeResponse, description: 'Store positions of the inputs this scorecard’s scores were computed from' }) positions!: PositionRangeResponse;
  @ApiProperty() scorecardId!: string;
  @ApiProperty() unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: 'integer' }) planVersion!: number;
  @ApiProperty() vision!: string;
  @ApiProperty({ type: [String] }) missions!: string[];
  @ApiProperty({ ...NULLABLE_DECIMAL, description: 'The published score of the scorecard' }) score!: string | null;
  @ApiProperty(DISPLAY) scoreDisplay!: string | null;
  @ApiProperty(nullableRef(RatingBandResponse)) band!: RatingBandResponse | null;
  @ApiProperty({ type: [PublicMapPerspectiveResponse] }) perspectives!: PublicMapPerspectiveResponse[];
  @ApiProperty({ type: [PublicMapObjectiveResponse] }) objectives!: PublicMapObjectiveResponse[];
  @ApiProperty({ type: [PublicMapLinkResponse], description: 'Strategy map: cause -> effect' }) links!: PublicMapLinkResponse[];
}
