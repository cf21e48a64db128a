import { Text } from '@capaian/platform';

export class LockPeriodDto {
  @Text(0, 2000, { example: 'Data TW I sudah diverifikasi Inspektorat' }, { optional: true })
  note?: string;
}

export class UnlockPeriodDto {
  @Text(1, 2000, { example: 'Koreksi data BPS yang terlambat terbit' })
  reason!: string;
}
