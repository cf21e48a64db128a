import { ApiProperty } from '@nestjs/swagger';
import { PERIOD_CODES } from '@capaian/contracts';
import type { MissingRealization, Reminder } from '@capaian/measurement-domain';

export class MissingRealizationResponse implements MissingRealization {
  @ApiProperty({ example: 'dpmptsp-2026.iku-08' }) kpiId!: string;
  @ApiProperty({ example: 'IKU-08' }) code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: PERIOD_CODES, example: 'Q1' }) period!: MissingRealization['period'];
  @ApiProperty({ example: '2026-04-10T17:00:00.000Z', description: 'ISO instant after which a submission is late' }) deadline!: string;
  @ApiProperty({ description: 'now > deadline' }) overdue!: boolean;
}

export class MissingRealizationsResponse {
  @ApiProperty({ example: 'dpmptsp-pelayanan' }) unitId!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ enum: [...PERIOD_CODES, 'all'], example: 'all' }) period!: string;
  @ApiProperty({ example: '2026-12-03T08:48:39.165Z', description: 'The service\'s "now" the list was computed for' }) now!: string;
  @ApiProperty({ example: 'reporting-2026.1' }) reportingPolicyId!: string;
  @ApiProperty({ type: [MissingRealizationResponse] }) missing!: MissingRealizationResponse[];
}

export class ReminderResponse implements Reminder {
  @ApiProperty({ example: 'kab-contoh.dpmptsp-pelayanan.dpmptsp-2026.iku-08.2026.Q1.overdue', description: 'Stable key: one "due" and one "overdue" reminder per missing value' }) reminderKey!: string;
  @ApiProperty({ example: 'kab-contoh' }) tenantId!: string;
  @ApiProperty({ example: 'dpmptsp-pelayanan' }) unitId!: string;
  @ApiProperty({ example: 'dpmptsp-2026.iku-08' }) kpiId!: string;
  @ApiProperty({ example: 'IKU-08' }) code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ enum: PERIOD_CODES, example: 'Q1' }) period!: Reminder['period'];
  @ApiProperty({ example: '2026-04-10T17:00:00.000Z' }) deadline!: string;
  @ApiProperty({ example: 'reporting-2026.1' }) reportingPolicyId!: string;
  @ApiProperty({ enum: ['due', 'overdue'] }) stage!: 'due' | 'overdue';
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ description: 'Started days past the deadline; 0 when not overdue' }) overdueDays!: number;
  @ApiProperty({ description: 'Started days left before the deadline; 0 when overdue' }) daysUntilDeadline!: number;
  @ApiProperty({ description: 'Bilingual text for the unit' }) message!: string;
}
