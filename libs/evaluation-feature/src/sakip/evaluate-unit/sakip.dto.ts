import { NestedList, Text, WholeNumber } from '@capaian/platform';

export class StartSakipDto {
  @Text(1, 80, { example: 'dpmptsp' })
  unitId!: string;

  @WholeNumber(2000, 2100, { example: 2026 })
  year!: number;
}

export class LkeEvidenceDto {
  @Text(1, 2000, { example: 'https://drive.pemda.go.id/lke/renstra.pdf' })
  url!: string;

  @Text(0, 200, {}, { optional: true })
  label?: string;
}

export class AnswerDto {
  @Text(1, 10, { example: 'Y', description: "A value code of the criterion's scale (Y/T, or AA/A/B/C/D/E)" })
  answer!: string;

  @Text(0, 4000, {}, { optional: true })
  note?: string;

  @NestedList(LkeEvidenceDto, 20, {}, { optional: true })
  evidence?: LkeEvidenceDto[];
}

export class ReviseDto extends AnswerDto {
  @Text(1, 2000, { example: 'Dokumen Renstra belum ditetapkan dengan Perkada' })
  reason!: string;
}

export class ReasonDto {
  @Text(1, 2000, { example: 'Bukti tambahan diterima setelah finalisasi' })
  reason!: string;
}
