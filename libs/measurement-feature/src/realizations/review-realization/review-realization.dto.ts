import { Text, WholeNumber } from '@capaian/platform';

export class VerifyDto {
  @WholeNumber(1, undefined, { example: 1, description: 'The value revision you checked; 409 when a correction arrived since' }, { optional: true })
  valueRevision?: number;

  @Text(0, 2000, { example: 'Bukti dukung lengkap' }, { optional: true })
  note?: string;
}

export class RejectDto {
  @WholeNumber(1, undefined, { example: 1 }, { optional: true })
  valueRevision?: number;

  @Text(1, 2000, { example: 'Bukti dukung tidak sesuai periode', description: 'Why (the unit sees it and corrects)' })
  reason!: string;
}
