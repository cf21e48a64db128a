import { StreamWrittenResponse } from '@capaian/platform';
import { ApiProperty } from '@nestjs/swagger';
import { PERIOD_CODES } from '@capaian/contracts';

class PeriodLockKeyResponse {
  @ApiProperty({ example: 'kab-contoh' }) tenantId!: string;
  @ApiProperty({ example: 'dpmptsp-pelayanan' }) unitId!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ enum: PERIOD_CODES, example: 'Q1' }) period!: string;
}

export class PeriodLockedDataResponse extends PeriodLockKeyResponse {
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}

export class PeriodUnlockedDataResponse extends PeriodLockKeyResponse {
  @ApiProperty() reason!: string;
}

export class PeriodLockedResponse extends StreamWrittenResponse {
  @ApiProperty({ type: PeriodLockedDataResponse, description: 'The `period-locked` event' }) data!: PeriodLockedDataResponse;
}

export class PeriodUnlockedResponse extends StreamWrittenResponse {
  @ApiProperty({ type: PeriodUnlockedDataResponse, description: 'The `period-unlocked` event' }) data!: PeriodUnlockedDataResponse;
}
