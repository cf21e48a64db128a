import { ApiProperty } from '@nestjs/swagger';
import { IsObject } from 'class-validator';
import { Text } from '@capaian/platform';
import { LkeWorksheetInput } from '../../sakip/evaluate-unit/lke-worksheet.schema.js';

/** The body of PUT /sakip/worksheet: the whole worksheet and a reason. */
export class WorksheetDto {
  @ApiProperty({ type: LkeWorksheetInput, description: 'The whole worksheet (see GET /sakip/worksheet); its version is assigned by the service' })
  @IsObject()
  worksheet!: Record<string, unknown>;

  @Text(1, 2000, { example: 'Penyesuaian kriteria LKE sesuai surat edaran MenPANRB 2026' })
  reason!: string;
}
