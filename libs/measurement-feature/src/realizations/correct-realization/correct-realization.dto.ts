import { Text } from '@capaian/platform';
import { EvidenceList, VALUE_MESSAGE, ValueText, type EvidenceDto } from '../record-realization/record-realization.dto.js';

export class CorrectRealizationDto {
  @ValueText(40, VALUE_MESSAGE, { example: '82.4', description: "The new value, in the KPI's value type" })
  value!: string;

  @Text(1, 2000, { example: 'Salah ketik pada rekap survei; nilai benar 82,4', description: 'Why the value changes (kept in the history)' })
  reason!: string;

  @Text(0, 2000, { description: 'Absent = keep the current note' }, { optional: true })
  note?: string;

  @EvidenceList('Absent = keep the current evidence; a list replaces it')
  evidence?: EvidenceDto[];
}
