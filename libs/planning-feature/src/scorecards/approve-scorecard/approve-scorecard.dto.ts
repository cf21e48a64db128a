import { Text } from '@capaian/platform';

export class ApproveDto {
  @Text(1, 200, { example: 'Drs. H. Contoh, M.Si. (Bupati Contoh)', description: 'Who signs the Perjanjian Kinerja' })
  signedBy!: string;
}

export class OpenRevisionDto {
  @Text(1, 1000, { example: 'Penyesuaian target setelah Perubahan APBD 2026', description: 'Why the approved plan changes (kept in its history)' })
  reason!: string;
}
