import { ApiProperty } from '@nestjs/swagger';
import { IsObject, IsString, Length } from 'class-validator';
import { LkeWorksheetInput } from '../../sakip/evaluate-unit/lke-worksheet.schema.js';

/** The body of PUT /sakip/worksheet: the whole worksheet and a reason. */
export class WorksheetDto {
  @ApiProperty({ type: LkeWorksheetInput, description: 'The whole worksheet (see GET /sakip/worksheet); its version is assigned by the service' })
  @IsObject()
  worksheet!: Record<string, unknown>;

  @ApiProperty({ example: 'Penyesuaian kriteria LKE sesuai surat edaran MenPANRB 2026' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}
